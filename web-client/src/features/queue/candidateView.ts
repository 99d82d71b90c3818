import type { QueueCandidate } from '@/api/queue';
import { formatDateTime, formatDuration } from '@/lib/format';

export type CandidateVerdict = 'ready' | 'waiting' | 'rejected';

/** A ranked printer as the Candidates panel shows it. */
export interface CandidateRow {
  printerId: string;
  name: string;
  verdict: CandidateVerdict;
  verdictText: string;
  score: string;
  predicted: string | null;
  /** When the item would be done there, in the shop's time (Europe/Berlin). */
  finishAt: string | null;
  /** Every reason; `problem` marks the hard rules the printer fails right now (they block a dispatch). */
  reasons: readonly { text: string; problem: boolean }[];
  /** An "Assign" button is offered (the file suits the printer; the item is waiting; not already on it). */
  canAssign: boolean;
  assigned: boolean;
}

const verdictTexts: Record<CandidateVerdict, string> = {
  ready: 'Ready now',
  waiting: 'Suitable, not ready yet',
  rejected: 'Not suitable',
};

/** Keeps the Api's ranking (eligible first, by score); rejected printers stay listed so the reasons are visible. */
export function candidateRows(candidates: readonly QueueCandidate[], options: { assignedPrinterId: string | null; waiting: boolean }): CandidateRow[] {
  return candidates.map((c) => {
    const verdict: CandidateVerdict = c.eligible ? 'ready' : c.assignable ? 'waiting' : 'rejected';
    const assigned = options.assignedPrinterId === c.printerId;
    return {
      printerId: c.printerId,
      name: c.printerName,
      verdict,
      verdictText: verdictTexts[verdict],
      score: c.score.toFixed(1),
      predicted: c.predictedSeconds === null || c.predictedSeconds === undefined ? null : formatDuration(c.predictedSeconds),
      finishAt: c.predictedFinishAt ? formatDateTime(c.predictedFinishAt, 'Europe/Berlin') : null,
      reasons: c.reasons.map((text) => ({ text, problem: c.problems.includes(text) })),
      canAssign: options.waiting && verdict !== 'rejected' && !assigned,
      assigned,
    };
  });
}
