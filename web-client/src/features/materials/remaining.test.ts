import { describe, expect, it } from 'vitest';
import { remainingFraction, remainingPercent, remainingTone } from './remaining';

describe('remaining bar', () => {
  it('is remaining over initial', () => {
    expect(remainingFraction(250, 1000)).toBe(0.25);
    expect(remainingPercent(250, 1000)).toBe(25);
  });

  it('is empty for a spool below zero and full at most', () => {
    expect(remainingFraction(-12, 1000)).toBe(0);
    expect(remainingPercent(-12, 1000)).toBe(0);
    expect(remainingFraction(1200, 1000)).toBe(1);
    expect(remainingPercent(1200, 1000)).toBe(100);
  });

  it('shows at least 1 % while something is left', () => {
    expect(remainingPercent(2, 1000)).toBe(1);
  });

  it('is empty when the initial weight is unknown', () => {
    expect(remainingFraction(100, 0)).toBe(0);
    expect(remainingFraction(Number.NaN, 1000)).toBe(0);
  });

  it('turns amber when low, red when empty, and "recount" wins over both', () => {
    const spool = { remainingGrams: 800, initialGrams: 1000, lowStock: false, needsRecount: false };
    expect(remainingTone(spool)).toBe('ok');
    expect(remainingTone({ ...spool, remainingGrams: 100 })).toBe('low');
    expect(remainingTone({ ...spool, lowStock: true })).toBe('low');
    expect(remainingTone({ ...spool, remainingGrams: 0 })).toBe('empty');
    expect(remainingTone({ ...spool, remainingGrams: -5, needsRecount: true })).toBe('recount');
  });
});
