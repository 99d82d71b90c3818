import { describe, expect, it } from 'vitest';
import { berlinToday, formatEuro, monthLabel, periodError, presetPeriod } from './period';

describe('period presets', () => {
  it('uses the Berlin date, not UTC, around midnight', () => {
    // 2026-03-31T22:30Z is already 1 April 00:30 in Berlin (CEST).
    expect(berlinToday(new Date('2026-03-31T22:30:00Z'))).toEqual({ year: 2026, month: 4, day: 1 });
    expect(presetPeriod('this-month', new Date('2026-03-31T22:30:00Z'))).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('computes last month across a year boundary and month lengths', () => {
    expect(presetPeriod('last-month', new Date('2026-01-15T12:00:00Z'))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('last-month', new Date('2028-03-10T12:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('covers the last 12 months up to today and whole years', () => {
    expect(presetPeriod('last-12-months', new Date('2026-11-21T12:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-11-21' });
    expect(presetPeriod('this-year', new Date('2026-11-21T12:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('last-year', new Date('2026-11-21T12:00:00Z'))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('rejects incomplete or reversed periods', () => {
    expect(periodError({ from: '', to: '2026-01-01' })).toBe('Enter both dates.');
    expect(periodError({ from: '2026-02-01', to: '2026-01-01' })).toBe('The end date is before the start date.');
    expect(periodError({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });

  it('formats months and euros the German way', () => {
    expect(monthLabel('2026-03')).toMatch(/März 2026|Mär 2026/);
    expect(formatEuro(1234.5)).toBe('1.234,50\u00a0€');
    expect(formatEuro(null)).toBe('–');
  });
});
