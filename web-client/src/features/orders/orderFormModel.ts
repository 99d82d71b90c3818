import type { Order, OrderPriority, OrderWrite } from '@/api/orders';
import { optionalText, parseDecimal } from '@/features/shared/formErrors';

export interface OrderLineForm {
  fileName: string;
  fileId: string;
  quantity: string;
  materialType: string;
  colorHex: string;
}

export interface OrderForm {
  customerId: string;
  dueDate: string;
  priority: OrderPriority;
  quotedNet: string;
  vatRatePercent: string;
  notes: string;
  lines: OrderLineForm[];
}

export const orderLabels: Record<string, string> = {
  customerId: 'Customer',
  dueDate: 'Due date',
  priority: 'Priority',
  quotedNet: 'Quoted net price (EUR)',
  vatRatePercent: 'VAT rate (%)',
  notes: 'Notes',
  lines: 'Lines',
};

export const lineFields = ['fileName', 'fileId', 'quantity', 'materialType', 'colorHex'] as const;
export const lineLabels: Record<(typeof lineFields)[number], string> = {
  fileName: 'File',
  fileId: 'File id',
  quantity: 'Quantity',
  materialType: 'Material',
  colorHex: 'Colour',
};

/** The Api's key for a field of line `index` (0-based): `lines[0].quantity`. */
export const lineKey = (index: number, field: string) => `lines[${index}].${field}`;

/** Whether a problem+json key belongs to a field the order form shows. */
export function isOrderField(key: string): boolean {
  if (key in orderLabels) return true;
  const match = /^lines\[(\d+)\]\.(\w+)$/.exec(key);
  return !!match && (lineFields as readonly string[]).includes(match[2] ?? '');
}

export function emptyLine(): OrderLineForm {
  return { fileName: '', fileId: '', quantity: '1', materialType: 'PLA', colorHex: '' };
}

export function emptyOrderForm(customerId = ''): OrderForm {
  return { customerId, dueDate: '', priority: 'normal', quotedNet: '', vatRatePercent: '19', notes: '', lines: [emptyLine()] };
}

export function orderFormFrom(order: Order): OrderForm {
  return {
    customerId: order.customerId ?? '',
    dueDate: order.dueDate ?? '',
    priority: order.priority,
    quotedNet: order.quotedNet === null ? '' : String(order.quotedNet),
    vatRatePercent: String(order.vatRatePercent),
    notes: order.notes ?? '',
    lines: order.lines.map((l) => ({
      fileName: l.fileName ?? '',
      fileId: l.fileId ?? '',
      quantity: String(l.quantity),
      materialType: l.materialType ?? '',
      colorHex: l.colorHex ?? '',
    })),
  };
}

/** The write body, or client-side messages (keys as the Api would name them) for numbers that are not numbers. */
export function toOrderWrite(form: OrderForm): { write: OrderWrite; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const quotedNet = parseDecimal(form.quotedNet);
  if (quotedNet !== null && Number.isNaN(quotedNet)) errors.quotedNet = ['Enter an amount, e.g. 120.00.'];
  const vat = parseDecimal(form.vatRatePercent);
  if (vat === null || Number.isNaN(vat)) errors.vatRatePercent = ['Enter the VAT rate in percent, e.g. 19 (0 for §19 UStG).'];
  const lines = form.lines.map((line, index) => {
    const quantity = Number(line.quantity.trim());
    if (!/^\d+$/.test(line.quantity.trim())) errors[lineKey(index, 'quantity')] = ['Enter a whole number of copies.'];
    if (!optionalText(line.fileId) && !optionalText(line.fileName)) errors[lineKey(index, 'fileName')] = ['Choose a file from the library or upload one.'];
    const hex = optionalText(line.colorHex);
    return {
      fileName: optionalText(line.fileName),
      fileId: optionalText(line.fileId),
      quantity: Number.isFinite(quantity) ? quantity : 0,
      materialType: optionalText(line.materialType),
      colorHex: hex === null ? null : hex.startsWith('#') ? hex.toUpperCase() : `#${hex.toUpperCase()}`,
    };
  });
  return {
    write: {
      customerId: form.customerId || null,
      dueDate: form.dueDate || null,
      priority: form.priority,
      quotedNet: quotedNet === null || Number.isNaN(quotedNet) ? null : quotedNet,
      vatRatePercent: vat === null || Number.isNaN(vat) ? 0 : vat,
      notes: optionalText(form.notes),
      lines,
    },
    errors,
  };
}
