import type { CostSettings, CostSettingsWrite, DatevSettings, DatevSettingsWrite } from '@/api/costs';

/** The numeric rate fields of the cost form, in display order, with labels, units and allowed ranges. */
export const rateFields = [
  { key: 'electricityPerKwh', label: 'Electricity price', unit: '€/kWh', min: 0, max: 10 },
  { key: 'defaultPowerWatts', label: 'Default printer power', unit: 'W', min: 0, max: 10000 },
  { key: 'heatUpKwh', label: 'Heat-up surcharge per job', unit: 'kWh', min: 0, max: 100 },
  { key: 'defaultHourlyRate', label: 'Default machine rate', unit: '€/h', min: 0, max: 10000 },
  { key: 'labourPerHour', label: 'Labour rate', unit: '€/h', min: 0, max: 10000 },
  { key: 'setupMinutesPerJob', label: 'Setup per job', unit: 'min', min: 0, max: 1440 },
  { key: 'postprocessMinutesPerJob', label: 'Post-processing per job', unit: 'min', min: 0, max: 1440 },
  { key: 'failureAllowancePercent', label: 'Failure allowance', unit: '%', min: 0, max: 100 },
  { key: 'marginPercent', label: 'Markup', unit: '%', min: 0, max: 1000 },
  { key: 'vatRatePercent', label: 'VAT rate', unit: '%', min: 0, max: 100 },
] as const;

export type RateKey = (typeof rateFields)[number]['key'];

/** Form state: numbers as the text the user typed (German decimal comma accepted). */
export interface CostForm {
  rates: Record<RateKey, string>;
  smallBusiness: boolean;
  filamentPrices: { materialType: string; pricePerKg: string }[];
}

export function toForm(settings: CostSettings): CostForm {
  const rates = {} as Record<RateKey, string>;
  for (const field of rateFields) rates[field.key] = String(settings[field.key]);
  return {
    rates,
    smallBusiness: settings.smallBusiness,
    filamentPrices: settings.filamentPrices.map((p) => ({ materialType: p.materialType, pricePerKg: String(p.pricePerKg) })),
  };
}

/** Parses "0,30" and "0.30"; null when not a number. */
export function parseDecimal(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** The request body, or field errors (keys as the Api names them) when something is not a valid number. */
export function fromForm(form: CostForm): { body: CostSettingsWrite; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const values = {} as Record<RateKey, number>;
  for (const field of rateFields) {
    const value = parseDecimal(form.rates[field.key]);
    if (value === null) errors[field.key] = ['Enter a number.'];
    else if (value < field.min || value > field.max) errors[field.key] = [`Enter a value from ${field.min} to ${field.max} ${field.unit}.`];
    values[field.key] = value ?? 0;
  }
  const filamentPrices = form.filamentPrices
    .filter((p) => p.materialType.trim() !== '' || p.pricePerKg.trim() !== '')
    .map((p, i) => {
      const price = parseDecimal(p.pricePerKg);
      if (!p.materialType.trim()) errors[`filamentPrices[${i}].materialType`] = ['Name the material type (e.g. PLA).'];
      if (price === null || price < 0) errors[`filamentPrices[${i}].pricePerKg`] = ['Enter a price per kg.'];
      return { materialType: p.materialType.trim(), pricePerKg: price ?? 0 };
    });
  return { body: { ...values, smallBusiness: form.smallBusiness, filamentPrices }, errors };
}

export interface DatevForm {
  consultantNumber: string;
  clientNumber: string;
  chartOfAccounts: DatevSettings['chartOfAccounts'];
  fiscalYearStartMonth: string;
  accountLength: string;
  lockOnImport: boolean;
}

export function toDatevForm(d: DatevSettings): DatevForm {
  return {
    consultantNumber: d.consultantNumber === null ? '' : String(d.consultantNumber),
    clientNumber: d.clientNumber === null ? '' : String(d.clientNumber),
    chartOfAccounts: d.chartOfAccounts,
    fiscalYearStartMonth: String(d.fiscalYearStartMonth),
    accountLength: String(d.accountLength),
    lockOnImport: d.lockOnImport,
  };
}

function integerOrNull(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export function fromDatevForm(form: DatevForm): { body: DatevSettingsWrite; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const consultant = integerOrNull(form.consultantNumber);
  const client = integerOrNull(form.clientNumber);
  if (consultant === undefined) errors.consultantNumber = ['Enter the Beraternummer as digits.'];
  if (client === undefined) errors.clientNumber = ['Enter the Mandantennummer as digits.'];
  return {
    body: {
      consultantNumber: consultant ?? null,
      clientNumber: client ?? null,
      chartOfAccounts: form.chartOfAccounts,
      fiscalYearStartMonth: Number(form.fiscalYearStartMonth) || 1,
      accountLength: Number(form.accountLength) || 4,
      lockOnImport: form.lockOnImport,
    },
    errors,
  };
}
