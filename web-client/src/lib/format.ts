// Formatting shared by the views: durations, local times, temperatures, weights.

/** 5712 -> "1 h 35 min", 7200 -> "2 h", 59 -> "< 1 min", null -> "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return '< 1 min';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** 215.4 -> "215 °C"; with a target: "215 / 220 °C". */
export function formatTemperature(value: number | null | undefined, target?: number | null): string {
  if (value === null || value === undefined) return '—';
  const current = Math.round(value);
  return target ? `${current} / ${Math.round(target)} °C` : `${current} °C`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(Math.min(100, Math.max(0, value)))} %`;
}

/** 41.66 -> "41.7 g". */
export function formatGrams(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(Math.round(value * 10) / 10).toLocaleString('en-GB')} g`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = JSON.stringify([options, timeZone ?? '']);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, hourCycle: 'h23', timeZone });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * An ISO instant in the browser's time zone (the shop's: Europe/Berlin), 24-hour clock:
 * "2026-11-21T09:30:00Z" -> "21 Nov 2026, 10:30". `timeZone` is for tests.
 */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, timeZone).format(date);
}

/** Only the time of day ("10:30"), for timeline entries on the same day. */
export function formatTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit', second: '2-digit' }, timeZone).format(date);
}
