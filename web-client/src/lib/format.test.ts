import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatGrams, formatTemperature, formatTime } from './format';

describe('formatDuration', () => {
  it.each([
    [5712, '1 h 35 min'],
    [4980, '1 h 23 min'],
    [7200, '2 h'],
    [600, '10 min'],
    [59, '< 1 min'],
    [0, '< 1 min'],
    [90061, '25 h 1 min'],
  ])('%i s -> %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('shows a dash for unknown or impossible values', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(-5)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('shows UTC instants in Berlin time with a 24-hour clock (winter and summer time)', () => {
    expect(formatDateTime('2026-11-21T09:30:00Z', 'Europe/Berlin')).toBe('21 Nov 2026, 10:30');
    expect(formatDateTime('2026-07-01T21:05:00Z', 'Europe/Berlin')).toBe('1 Jul 2026, 23:05');
    expect(formatTime('2026-11-21T13:04:05Z', 'Europe/Berlin')).toBe('14:04:05');
  });

  it('shows a dash for missing or broken values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('other formats', () => {
  it('rounds temperatures and weights', () => {
    expect(formatTemperature(214.6, 220)).toBe('215 / 220 °C');
    expect(formatTemperature(23.2)).toBe('23 °C');
    expect(formatGrams(41.66)).toBe('41.7 g');
    expect(formatGrams(null)).toBe('—');
  });
});
