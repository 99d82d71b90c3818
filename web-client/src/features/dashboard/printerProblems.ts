// Printer errors and states in words a shop owner understands (vendor codes stay, but as a reference).
import type { PrinterState, PrinterStatus } from '@/api/printers';

type PrinterError = PrinterStatus['errors'][number];
type Severity = PrinterError['severity'];

export interface ProblemText {
  key: string;
  severity: Severity;
  /** What happened, in plain words. */
  text: string;
  /** A vendor code for support / the manufacturer's wiki, if the message was only a code. */
  code: string | null;
  /** Where to look the code up. */
  link: string | null;
}

const severityLead: Record<Severity, string> = {
  fatal: 'Serious printer fault',
  error: 'Printer error',
  warning: 'Printer warning',
  info: 'Printer note',
};

const hmsPattern = /^(HMS_[0-9A-F_]+)\s*(?::\s*(.+)|\(see (https?:\/\/\S+?)\))?\s*$/i;
const printErrorPattern = /^Printer error ([0-9A-F]{4}_[0-9A-F]{4})\.?$/i;

/** Turns one reported error into a sentence; plain messages from the driver are kept as they are. */
export function describeError(error: PrinterError): ProblemText {
  const message = error.message.trim();
  const hms = hmsPattern.exec(message);
  if (hms) {
    const [, code, explanation, link] = hms;
    return {
      key: error.code,
      severity: error.severity,
      text: explanation ? explanation.trim() : `${severityLead[error.severity]}. Check the printer's display for what to do.`,
      code: code ?? null,
      link: link ?? (explanation ? null : 'https://wiki.bambulab.com/en/hms/home'),
    };
  }
  const printError = printErrorPattern.exec(message);
  if (printError) {
    return {
      key: error.code,
      severity: error.severity,
      text: `${severityLead[error.severity]}: the print was interrupted. Check the printer's display for what to do.`,
      code: printError[1] ?? null,
      link: null,
    };
  }
  return { key: error.code, severity: error.severity, text: message || severityLead[error.severity], code: null, link: null };
}

const stateHints: Partial<Record<PrinterState, string>> = {
  attention: 'The printer is waiting for you. Check its display.',
  error: 'The printer reports an error. Check its display.',
  failed: 'The last print failed.',
  stopped: 'The last print was stopped.',
};

/** The problems to show on a card: the reported errors, or a hint from the state when there are none. */
export function problemsOf(status: Pick<PrinterStatus, 'state' | 'errors'> | null | undefined): ProblemText[] {
  if (!status) return [];
  const described = (status.errors ?? []).map(describeError);
  if (described.length > 0) return described;
  const hint = stateHints[status.state];
  return hint ? [{ key: `state-${status.state}`, severity: status.state === 'failed' || status.state === 'error' ? 'error' : 'warning', text: hint, code: null, link: null }] : [];
}
