import type { ApiError } from '@/api/http';
import type { Printer, PrinterKind, PrinterWrite } from '@/api/printers';

/** What the form edits; numbers stay text until submit so partial input never turns into NaN. */
export interface PrinterFormModel {
  name: string;
  kind: PrinterKind;
  host: string;
  serial: string;
  accessCode: string;
  apiKey: string;
  mqttPort: string;
  ftpsPort: string;
  httpPort: string;
  tlsFingerprint: string;
  powerWatts: string;
  hourlyRate: string;
  isActive: boolean;
}

export type PrinterFormField = Exclude<keyof PrinterFormModel, 'isActive'> | 'isActive';

export type PrinterFieldErrors = Partial<Record<PrinterFormField, string[]>>;

export interface MappedPrinterErrors {
  /** Errors shown next to a field. */
  fields: PrinterFieldErrors;
  /** Errors with no visible field to attach to (shown above the form). */
  general: string[];
}

export const printerKinds: readonly { value: PrinterKind; label: string; description: string }[] = [
  { value: 'bambu', label: 'Bambu Lab', description: 'A1, P1, X1 in LAN mode (MQTT + FTPS)' },
  { value: 'prusa', label: 'Prusa', description: 'PrusaLink (Core One, MK4, XL, MINI)' },
  { value: 'simulated', label: 'Simulated', description: 'A demo printer that runs print cycles' },
];

export const defaultPorts = { mqttPort: 8883, ftpsPort: 990, httpPort: 80 } as const;

const kindFields: Record<PrinterKind, readonly PrinterFormField[]> = {
  bambu: ['host', 'serial', 'accessCode', 'mqttPort', 'ftpsPort', 'tlsFingerprint'],
  prusa: ['host', 'apiKey', 'httpPort'],
  simulated: [],
};

const commonFields: readonly PrinterFormField[] = ['name', 'kind', 'powerWatts', 'hourlyRate', 'isActive'];

/** Fields in the collapsed "Advanced" section. */
export const advancedFields: readonly PrinterFormField[] = ['mqttPort', 'ftpsPort', 'httpPort', 'tlsFingerprint'];

export const fieldLabels: Record<PrinterFormField, string> = {
  name: 'Name',
  kind: 'Printer type',
  host: 'Host or IP address',
  serial: 'Serial number',
  accessCode: 'Access code',
  apiKey: 'API key',
  mqttPort: 'MQTT port',
  ftpsPort: 'FTPS port',
  httpPort: 'HTTP port',
  tlsFingerprint: 'TLS certificate fingerprint (SHA-256)',
  powerWatts: 'Power draw (W)',
  hourlyRate: 'Machine rate (EUR/h)',
  isActive: 'Active',
};

/** The fields visible for a kind, in form order. */
export function fieldsForKind(kind: PrinterKind): PrinterFormField[] {
  return [...commonFields.slice(0, 2), ...kindFields[kind], ...commonFields.slice(2)];
}

export function emptyPrinterForm(kind: PrinterKind = 'bambu'): PrinterFormModel {
  return {
    name: '',
    kind,
    host: '',
    serial: '',
    accessCode: '',
    apiKey: '',
    mqttPort: String(defaultPorts.mqttPort),
    ftpsPort: String(defaultPorts.ftpsPort),
    httpPort: String(defaultPorts.httpPort),
    tlsFingerprint: '',
    powerWatts: '',
    hourlyRate: '',
    isActive: true,
  };
}

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The form for editing an existing printer; secrets are never returned, so they start empty ("unchanged"). */
export function printerFormFrom(printer: Printer): PrinterFormModel {
  return {
    name: printer.name,
    kind: printer.kind,
    host: text(printer.host),
    serial: text(printer.serial),
    accessCode: '',
    apiKey: '',
    mqttPort: text(printer.mqttPort ?? defaultPorts.mqttPort),
    ftpsPort: text(printer.ftpsPort ?? defaultPorts.ftpsPort),
    httpPort: text(printer.httpPort ?? defaultPorts.httpPort),
    tlsFingerprint: text(printer.tlsFingerprint),
    powerWatts: text(printer.powerWatts),
    hourlyRate: text(printer.hourlyRate),
    isActive: printer.isActive,
  };
}

/** "" -> null; "0,35" and "0.35" -> 0.35; anything else -> NaN. */
function parseDecimal(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const normalized = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

function parseInteger(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const optionalText = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export type PrinterWriteResult = { ok: true; write: PrinterWrite } | { ok: false; errors: PrinterFieldErrors };

/**
 * Builds the request body for the visible fields. Only number syntax is checked here; every other rule is
 * the Api's (its problem+json errors come back through mapPrinterErrors). Empty secrets are omitted so an
 * update keeps the stored access code / API key.
 */
export function toPrinterWrite(model: PrinterFormModel): PrinterWriteResult {
  const errors: PrinterFieldErrors = {};
  const visible = new Set(fieldsForKind(model.kind));

  const number = (field: PrinterFormField, raw: string, parse: (v: string) => number | null, message: string) => {
    if (!visible.has(field)) return undefined;
    const value = parse(raw);
    if (value !== null && Number.isNaN(value)) {
      errors[field] = [message];
      return undefined;
    }
    return value;
  };

  const write: PrinterWrite = {
    name: model.name.trim(),
    kind: model.kind,
    powerWatts: number('powerWatts', model.powerWatts, parseDecimal, 'Enter a number of watts, e.g. 120.'),
    hourlyRate: number('hourlyRate', model.hourlyRate, parseDecimal, 'Enter an amount in EUR, e.g. 0,50.'),
    isActive: model.isActive,
  };

  if (visible.has('host')) write.host = optionalText(model.host);
  if (visible.has('serial')) write.serial = optionalText(model.serial);
  if (visible.has('accessCode') && model.accessCode.trim() !== '') write.accessCode = model.accessCode.trim();
  if (visible.has('apiKey') && model.apiKey.trim() !== '') write.apiKey = model.apiKey.trim();
  if (visible.has('tlsFingerprint')) write.tlsFingerprint = optionalText(model.tlsFingerprint);
  const portMessage = 'Enter a port number between 1 and 65535.';
  const mqttPort = number('mqttPort', model.mqttPort, parseInteger, portMessage);
  const ftpsPort = number('ftpsPort', model.ftpsPort, parseInteger, portMessage);
  const httpPort = number('httpPort', model.httpPort, parseInteger, portMessage);
  if (mqttPort !== undefined) write.mqttPort = mqttPort;
  if (ftpsPort !== undefined) write.ftpsPort = ftpsPort;
  if (httpPort !== undefined) write.httpPort = httpPort;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, write };
}

const allFields = new Set<string>(Object.keys(fieldLabels));

function asFormField(key: string): PrinterFormField | null {
  // "serial", "printer.serial", "command.Serial" (already camel-cased by http.ts) -> "serial"
  const last = key.split('.').pop() ?? key;
  const camel = last.charAt(0).toLowerCase() + last.slice(1);
  return allFields.has(camel) ? (camel as PrinterFormField) : null;
}

/**
 * Places an Api error on the form: field errors from problem+json next to their (visible) field, the rest
 * above the form. A 409 without field errors is a duplicate name, the only unique field of a printer.
 */
export function mapPrinterErrors(error: ApiError | null, kind: PrinterKind): MappedPrinterErrors {
  const result: MappedPrinterErrors = { fields: {}, general: [] };
  if (!error) return result;

  const visible = new Set(fieldsForKind(kind));
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    const field = asFormField(key);
    if (field && visible.has(field)) {
      result.fields[field] = [...(result.fields[field] ?? []), ...messages];
    } else {
      const label = field ? fieldLabels[field] : key;
      result.general.push(...messages.map((m) => (label ? `${label}: ${m}` : m)));
    }
  }

  if (!error.hasFieldErrors) {
    if (error.status === 409) result.fields.name = [error.detail ?? 'A printer with this name already exists.'];
    else result.general.push(error.userMessage);
  } else if (Object.keys(result.fields).length === 0 && result.general.length === 0) {
    result.general.push(error.userMessage);
  }
  return result;
}
