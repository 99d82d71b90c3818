const money = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 12.5 -> "€12.50"; null -> the fallback. */
export function formatMoney(value: number | null | undefined, fallback = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
  return money.format(value);
}

/** 950 -> "950 g", 1250.4 -> "1.25 kg". */
export function formatGrams(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1000) return `${decimal.format(Math.round(value / 10) / 100)} kg`;
  return `${Math.round(value)} g`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return decimal.format(value);
}

/** ISO instant -> "21 Nov 2026, 10:30" in the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "2026-11-30" -> "30 Nov 2026" (a calendar date, no zone shift). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return value.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A valid #RRGGBB / #RRGGBBAA colour, or null. */
export function cssColor(hex: string | null | undefined): string | null {
  return hex && /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(hex) ? hex : null;
}
