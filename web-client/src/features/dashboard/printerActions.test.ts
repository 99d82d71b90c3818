import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import type { PrinterState } from '@/api/printers';
import { availableActions, confirmationFor, controlErrorMessage } from './printerActions';

const active = { isActive: true };

describe('availableActions', () => {
  it.each<[PrinterState, boolean, boolean, boolean]>([
    ['printing', true, false, true],
    ['preparing', true, false, true],
    ['paused', false, true, true],
    ['idle', false, false, false],
    ['finished', false, false, false],
    ['stopped', false, false, false],
    ['failed', false, false, false],
    ['error', false, false, false],
    ['attention', false, false, false],
    ['busy', false, false, false],
    ['offline', false, false, false],
  ])('%s: pause %s, resume %s, stop %s', (state, pause, resume, stop) => {
    expect(availableActions(active, { state, connected: true })).toEqual({ pause, resume, stop });
  });

  it('offers nothing for a disconnected, disabled or not yet reported printer', () => {
    const none = { pause: false, resume: false, stop: false };
    expect(availableActions(active, { state: 'printing', connected: false })).toEqual(none);
    expect(availableActions({ isActive: false }, { state: 'printing', connected: true })).toEqual(none);
    expect(availableActions(active, undefined)).toEqual(none);
  });
});

describe('control messages', () => {
  it('asks before stopping, naming the job, and marks stop as dangerous', () => {
    const stop = confirmationFor('stop', 'A1 Werkstatt', 'Halterung v3');
    expect(stop.title).toBe('Stop A1 Werkstatt?');
    expect(stop.message).toContain('“Halterung v3”');
    expect(stop.message).toContain('cannot be undone');
    expect(stop.danger).toBe(true);
    expect(confirmationFor('pause', 'A1', null)).toMatchObject({ confirmLabel: 'Pause print', danger: false });
  });

  it('passes on what to enable when a Bambu printer refuses (502)', () => {
    const error = new ApiError({ status: 502, title: 'Printer refused the command', detail: 'Enable "LAN Only" and "Developer Mode" on the printer.' });
    expect(controlErrorMessage(error, 'pause')).toBe('The printer refused to pause. Enable "LAN Only" and "Developer Mode" on the printer.');
  });

  it('explains a conflict (409) and an unreachable printer (503)', () => {
    expect(controlErrorMessage(new ApiError({ status: 409, title: 'Conflict', detail: "Cannot pause 'A1' while it is idle." }), 'pause')).toBe(
      "The printer's state does not allow this right now: Cannot pause 'A1' while it is idle. The card shows its current state.",
    );
    expect(controlErrorMessage(new ApiError({ status: 503, title: 'Unavailable', detail: "'A1' is not connected." }), 'stop')).toBe(
      "The printer cannot be reached right now. 'A1' is not connected.",
    );
  });
});
