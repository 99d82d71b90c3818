import { ref } from 'vue';
import type { Job } from '@/api/jobs';

/** The longest reason the API accepts for a correction. */
export const maxReasonLength = 1000;

/**
 * A job whose cost is frozen (it ended and its cost version was written): changing its category, material or
 * customer is a correction that needs a reason (business.md §5.2).
 */
export function isFrozen(job: Pick<Job, 'status' | 'cost'>): boolean {
  return job.status !== 'printing' && job.status !== 'paused' && !!job.cost?.frozenAt;
}

/** State of the "why is this job corrected?" dialog: ask with a description of the change and what to do with the reason. */
export function useCorrectionReason() {
  const correction = ref<{ change: string; apply: (reason: string) => Promise<void> } | null>(null);
  const correctionBusy = ref(false);

  function askReason(change: string, apply: (reason: string) => Promise<void>): void {
    correction.value = { change, apply };
  }

  async function confirmCorrection(reason: string): Promise<void> {
    if (!correction.value) return;
    correctionBusy.value = true;
    try {
      await correction.value.apply(reason);
    } finally {
      correctionBusy.value = false;
      correction.value = null;
    }
  }

  return { correction, correctionBusy, askReason, confirmCorrection };
}
