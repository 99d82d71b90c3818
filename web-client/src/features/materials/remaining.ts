import type { Spool } from '@/api/materials';

/** Below this share of the initial weight a spool's bar turns amber, even without a material threshold. */
export const lowShare = 0.15;

/** remaining / initial, clamped to 0..1 (a spool that went below zero shows an empty bar). */
export function remainingFraction(remainingGrams: number, initialGrams: number): number {
  if (!Number.isFinite(remainingGrams) || !Number.isFinite(initialGrams) || initialGrams <= 0) return 0;
  return Math.min(1, Math.max(0, remainingGrams / initialGrams));
}

/** Whole percent for the label, never 0 while something is left (0.3 % shows as 1 %). */
export function remainingPercent(remainingGrams: number, initialGrams: number): number {
  const fraction = remainingFraction(remainingGrams, initialGrams);
  if (fraction <= 0) return 0;
  return Math.max(1, Math.round(fraction * 100));
}

export type RemainingTone = 'ok' | 'low' | 'empty' | 'recount';

export function remainingTone(spool: Pick<Spool, 'remainingGrams' | 'initialGrams' | 'lowStock' | 'needsRecount'>): RemainingTone {
  if (spool.needsRecount) return 'recount';
  if (spool.remainingGrams <= 0) return 'empty';
  if (spool.lowStock || remainingFraction(spool.remainingGrams, spool.initialGrams) < lowShare) return 'low';
  return 'ok';
}
