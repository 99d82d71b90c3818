import type { ApiError } from '@/api/http';
import type { Order, OrderPriority, OrderStatus } from '@/api/orders';

export const orderStatuses: readonly OrderStatus[] = ['draft', 'released', 'in_production', 'completed', 'delivered', 'cancelled'];

export const statusLabels: Record<OrderStatus, string> = {
  draft: 'Draft',
  released: 'Released',
  in_production: 'In production',
  completed: 'Completed',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const statusTones: Record<OrderStatus, 'neutral' | 'active' | 'ok' | 'warn' | 'danger'> = {
  draft: 'neutral',
  released: 'active',
  in_production: 'active',
  completed: 'ok',
  delivered: 'ok',
  cancelled: 'danger',
};

export const priorityLabels: Record<OrderPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

/** The steps the Api allows from each status (Domain OrderWorkflow). */
export const nextStatuses: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['released', 'cancelled'],
  released: ['in_production', 'cancelled'],
  in_production: ['completed', 'cancelled'],
  completed: ['delivered'],
  delivered: [],
  cancelled: [],
};

export interface FlowAction {
  target: OrderStatus;
  label: string;
  variant: 'primary' | 'secondary' | 'danger';
  /** Asked before the step is taken (null: no confirmation). */
  confirm: string | null;
}

const actionFor: Record<OrderStatus, Omit<FlowAction, 'target'>> = {
  draft: { label: 'Back to draft', variant: 'secondary', confirm: null },
  released: { label: 'Release', variant: 'primary', confirm: null },
  in_production: { label: 'Start production', variant: 'primary', confirm: null },
  completed: { label: 'Mark completed', variant: 'primary', confirm: null },
  delivered: { label: 'Mark delivered', variant: 'primary', confirm: null },
  cancelled: { label: 'Cancel order', variant: 'danger', confirm: 'Cancelling is final: the order cannot be released or produced afterwards.' },
};

/** The buttons for an order in `status`: only the steps the flow allows, the forward step first. */
export function flowActions(status: OrderStatus): FlowAction[] {
  return (nextStatuses[status] ?? []).map((target) => ({ target, ...actionFor[target] }));
}

/** The message for a failed step; a 409 says that the order's state does not allow it (e.g. changed elsewhere). */
export function describeFlowError(error: ApiError, target: OrderStatus): string {
  if (error.status === 409 && error.extensions.code === 'order_lines_not_printable') {
    return `${error.detail ?? 'A line has no printable file.'} Use “Edit” to choose the files.`;
  }
  if (error.status === 409) {
    return `“${statusLabels[target]}” is not possible in the order's current state${error.detail ? `: ${error.detail}` : '.'} The order was reloaded.`;
  }
  return error.userMessage;
}

/** Completed / total copies, as shown next to the progress bar. */
export function progressText(order: Pick<Order, 'progress'>): string {
  const p = order.progress;
  return `${p.completedQuantity} of ${p.totalQuantity} ${p.totalQuantity === 1 ? 'copy' : 'copies'} done`;
}

export function progressFraction(order: Pick<Order, 'progress'>): number {
  const p = order.progress;
  if (p.totalQuantity <= 0) return 0;
  return Math.min(1, Math.max(0, p.completedQuantity / p.totalQuantity));
}
