/** Period presets for analytics and exports, as Berlin calendar dates (`yyyy-MM-dd`, both ends inclusive). */

export type PeriodPreset = 'this-month' | 'last-month' | 'this-year' | 'last-year' | 'last-12-months';

export const periodPresets: { value: PeriodPreset; label: string }[] = [
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'last-12-months', label: 'Last 12 months' },
  { value: 'this-year', label: 'This year' },
  { value: 'last-year', label: 'Last year' },
];

export interface Period {
  from: string;
  to: string;
}

/** Today's date in Europe/Berlin (the Api's calendar), whatever the browser's time zone. */
export function berlinToday(now: Date = new Date()): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Normalizes a month that may be out of 1..12 (e.g. 0 = December of the year before). */
function shift(year: number, month: number): { year: number; month: number } {
  const index = year * 12 + (month - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function presetPeriod(preset: PeriodPreset, now: Date = new Date()): Period {
  const today = berlinToday(now);
  switch (preset) {
    case 'this-month':
      return { from: iso(today.year, today.month, 1), to: iso(today.year, today.month, lastDay(today.year, today.month)) };
    case 'last-month': {
      const m = shift(today.year, today.month - 1);
      return { from: iso(m.year, m.month, 1), to: iso(m.year, m.month, lastDay(m.year, m.month)) };
    }
    case 'this-year':
      return { from: iso(today.year, 1, 1), to: iso(today.year, 12, 31) };
    case 'last-year':
      return { from: iso(today.year - 1, 1, 1), to: iso(today.year - 1, 12, 31) };
    case 'last-12-months': {
      const m = shift(today.year, today.month - 11);
      return { from: iso(m.year, m.month, 1), to: iso(today.year, today.month, today.day) };
    }
  }
}

/** A message when the period is not usable, else null. */
export function periodError(period: Period): string | null {
  const pattern = /^\d{4}-\d{2}-\d{2}$/;
  if (!pattern.test(period.from) || !pattern.test(period.to)) return 'Enter both dates.';
  if (period.to < period.from) return 'The end date is before the start date.';
  return null;
}

/** "Mar 2026" style label of a `yyyy-MM` month. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const number1 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export function formatEuro(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '–' : euro.format(amount);
}

export function formatNumber(value: number | null | undefined, unit = ''): string {
  return value === null || value === undefined ? '–' : `${number1.format(value)}${unit ? ` ${unit}` : ''}`;
}
