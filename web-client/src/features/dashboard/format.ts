/** 3725 -> "1 h 2 min", 59 -> "< 1 min". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return '< 1 min';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
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
