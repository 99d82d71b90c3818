import type { ApiError } from '@/api/http';
import type { QueueCandidate } from '@/api/queue';

/** What stands between an assigned item and its printer, as the dispatch dialog shows it. */
export interface DispatchReadiness {
  /** The plate was confirmed cleared since the last job (a dispatch needs it; "Plate cleared" right in the dialog). */
  plateCleared: boolean;
  /** Blocking problems an explicit, audited override may dispatch past (material not loaded, printer offline). */
  problems: readonly string[];
}

/** From the assigned printer's candidate entry; unknown printer: nothing known to block. */
export function readinessFromCandidate(candidate: QueueCandidate | undefined): DispatchReadiness {
  if (!candidate) return { plateCleared: true, problems: [] };
  return { plateCleared: candidate.plateCleared, problems: [...candidate.overridableProblems] };
}

/** From a refused dispatch (409 `plate_not_cleared` / `dispatch_blocked`); null for any other error. */
export function readinessFromError(error: ApiError, current: DispatchReadiness): DispatchReadiness | null {
  if (error.status !== 409) return null;
  const code = error.extensions.code;
  const problems = Array.isArray(error.extensions.problems) ? error.extensions.problems.filter((p): p is string => typeof p === 'string') : [];
  if (code === 'plate_not_cleared') return { ...current, plateCleared: false };
  if (code === 'dispatch_blocked') return { plateCleared: true, problems };
  return null;
}

/** The dispatch button: enabled once the plate is cleared and, with problems left, the override is confirmed. */
export function canDispatch(readiness: DispatchReadiness, overrideConfirmed: boolean): boolean {
  return readiness.plateCleared && (readiness.problems.length === 0 || overrideConfirmed);
}
