import { describe, expect, it } from 'vitest';
import type { CostSettings } from '@/api/costs';
import { fromDatevForm, fromForm, parseDecimal, toForm } from './costSettingsModel';

const defaults: CostSettings = {
  electricityPerKwh: 0.3,
  defaultPowerWatts: 95,
  heatUpKwh: 0,
  defaultHourlyRate: 0.134,
  labourPerHour: 36,
  setupMinutesPerJob: 10,
  postprocessMinutesPerJob: 10,
  failureAllowancePercent: 5,
  marginPercent: 30,
  vatRatePercent: 19,
  smallBusiness: false,
  filamentPrices: [{ materialType: 'PLA', pricePerKg: 22 }],
  validFrom: null,
  changedBy: null,
};

describe('cost settings form', () => {
  it('round-trips the settings and accepts the German decimal comma', () => {
    const form = toForm(defaults);
    form.rates.electricityPerKwh = '0,35';
    const { body, errors } = fromForm(form);
    expect(errors).toEqual({});
    expect(body.electricityPerKwh).toBe(0.35);
    expect(body.labourPerHour).toBe(36);
    expect(body.filamentPrices).toEqual([{ materialType: 'PLA', pricePerKg: 22 }]);
  });

  it('reports non-numbers and out-of-range values per field, with the Api field names', () => {
    const form = toForm(defaults);
    form.rates.labourPerHour = 'viel';
    form.rates.failureAllowancePercent = '150';
    form.filamentPrices.push({ materialType: '', pricePerKg: '20' });
    const { errors } = fromForm(form);
    expect(Object.keys(errors).sort()).toEqual(['failureAllowancePercent', 'filamentPrices[1].materialType', 'labourPerHour']);
  });

  it('parses decimals strictly', () => {
    expect(parseDecimal(' 1,5 ')).toBe(1.5);
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('sends empty DATEV numbers as null (export stays blocked) and rejects letters', () => {
    const ok = fromDatevForm({ consultantNumber: '', clientNumber: '12345', chartOfAccounts: 'skr03', fiscalYearStartMonth: '1', accountLength: '4', lockOnImport: false });
    expect(ok.errors).toEqual({});
    expect(ok.body.consultantNumber).toBeNull();
    expect(ok.body.clientNumber).toBe(12345);
    const bad = fromDatevForm({ consultantNumber: 'abc', clientNumber: '', chartOfAccounts: 'skr04', fiscalYearStartMonth: '1', accountLength: '4', lockOnImport: false });
    expect(bad.errors.consultantNumber).toHaveLength(1);
  });
});
