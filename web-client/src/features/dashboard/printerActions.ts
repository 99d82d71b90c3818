// Which control commands a printer card offers, and how their failures read to a shop owner.
import type { ApiError } from '@/api/http';
import type { Printer, PrinterControlAction, PrinterStatus } from '@/api/printers';

export const controlActions: readonly PrinterControlAction[] = ['pause', 'resume', 'stop'];

export type ControlAvailability = Record<PrinterControlAction, boolean>;

/**
 * The commands the printer's state allows (the same rules as the Api, which answers 409 otherwise):
 * pause while preparing/printing, resume while paused, stop while preparing/printing/paused;
 * nothing while disconnected or disabled.
 */
export function availableActions(printer: Pick<Printer, 'isActive'>, status: Pick<PrinterStatus, 'state' | 'connected'> | null | undefined): ControlAvailability {
  const none = { pause: false, resume: false, stop: false };
  if (!printer.isActive || !status || !status.connected) return none;
  const state = status.state;
  return {
    pause: state === 'printing' || state === 'preparing',
    resume: state === 'paused',
    stop: state === 'printing' || state === 'preparing' || state === 'paused',
  };
}

export const actionLabels: Record<PrinterControlAction, string> = { pause: 'Pause', resume: 'Resume', stop: 'Stop' };

/** The confirmation question for an action on a printer. */
export function confirmationFor(action: PrinterControlAction, printerName: string, jobName: string | null | undefined): { title: string; message: string; confirmLabel: string; danger: boolean } {
  const job = jobName ? `“${jobName}”` : 'the current print';
  switch (action) {
    case 'pause':
      return {
        title: `Pause ${printerName}?`,
        message: `${printerName} pauses ${job} after the current move. The nozzle and bed stay heated; you can resume later.`,
        confirmLabel: 'Pause print',
        danger: false,
      };
    case 'resume':
      return { title: `Resume ${printerName}?`, message: `${printerName} continues ${job}. Make sure the print area is clear.`, confirmLabel: 'Resume print', danger: false };
    case 'stop':
      return {
        title: `Stop ${printerName}?`,
        message: `${printerName} cancels ${job}. This cannot be undone: the print cannot be continued afterwards.`,
        confirmLabel: 'Stop print',
        danger: true,
      };
  }
}

/** A failed command in words: 409 (state changed), 502 (printer refused; the detail says what to enable), 503 (not reachable). */
export function controlErrorMessage(error: ApiError, action: PrinterControlAction): string {
  const verb = action;
  switch (error.status) {
    case 409:
      return `The printer's state does not allow this right now${error.detail ? `: ${error.detail}` : '.'} The card shows its current state.`;
    case 502:
      return `The printer refused to ${verb}. ${error.detail ?? 'Check the printer’s settings and try again.'}`;
    case 503:
      return `The printer cannot be reached right now. ${error.detail ?? 'Check that it is switched on and connected to the network.'}`;
    case 0:
      return error.userMessage;
    default:
      return `Could not ${verb} the printer: ${error.userMessage}`;
  }
}
