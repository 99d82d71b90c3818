import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { aCandidate } from '@/test/queue';
import { canDispatch, readinessFromCandidate, readinessFromError } from './dispatchReadiness';

describe('dispatch readiness', () => {
  it('takes the plate and the overridable problems of the assigned printer', () => {
    const readiness = readinessFromCandidate(
      aCandidate({ plateCleared: false, problems: ['PETG is not loaded.', 'The plate has not been confirmed cleared since the last job.'], overridableProblems: ['PETG is not loaded.'] }),
    );

    expect(readiness).toEqual({ plateCleared: false, problems: ['PETG is not loaded.'] });
    expect(canDispatch(readiness, true)).toBe(false);
  });

  it('needs the explicit confirmation only while a problem is left', () => {
    expect(canDispatch({ plateCleared: true, problems: [] }, false)).toBe(true);
    expect(canDispatch({ plateCleared: true, problems: ['The printer is offline.'] }, false)).toBe(false);
    expect(canDispatch({ plateCleared: true, problems: ['The printer is offline.'] }, true)).toBe(true);
  });

  it('reads a refused dispatch: plate first, then the blocking problems; other errors are not about readiness', () => {
    const current = { plateCleared: true, problems: [] };
    const plate = new ApiError({ status: 409, title: 'Conflict', extensions: { code: 'plate_not_cleared', problems: ['x'] } });
    const blocked = new ApiError({ status: 409, title: 'Conflict', extensions: { code: 'dispatch_blocked', problems: ['The printer is offline.', 3] } });

    expect(readinessFromError(plate, current)).toEqual({ plateCleared: false, problems: [] });
    expect(readinessFromError(blocked, current)).toEqual({ plateCleared: true, problems: ['The printer is offline.'] });
    expect(readinessFromError(new ApiError({ status: 409, title: 'Conflict', detail: 'Sim is printing.' }), current)).toBeNull();
    expect(readinessFromError(new ApiError({ status: 503, title: 'Printer unreachable' }), current)).toBeNull();
  });
});
