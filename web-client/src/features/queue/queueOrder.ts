import type { QueueItem, QueueItemStatus, QueuePriority } from '@/api/queue';

// The queue's order and manual moves, mirroring the Api (Domain QueueItem.InQueueOrder, MoveQueueItemCommandHandler),
// so a drag can be shown at once and rolled back when the server refuses it.

const priorityRank: Record<QueuePriority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export const isWaiting = (item: Pick<QueueItem, 'status'>): boolean => item.status === 'queued' || item.status === 'assigned';

export const isOpen = (item: Pick<QueueItem, 'status'>): boolean =>
  item.status === 'queued' || item.status === 'assigned' || item.status === 'dispatching' || item.status === 'printing';

const byPosition = (a: QueueItem, b: QueueItem) => a.position - b.position || a.createdAt.localeCompare(b.createdAt);

/** Priority (highest first), due date (earliest first, none last), manual position, creation. */
export function compareQueueOrder(a: QueueItem, b: QueueItem): number {
  const priority = priorityRank[b.priority] - priorityRank[a.priority];
  if (priority !== 0) return priority;
  const dueA = a.dueDate ?? '9999-12-31';
  const dueB = b.dueDate ?? '9999-12-31';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return byPosition(a, b);
}

/** The list as the Api orders it: open items in queue order, then closed ones, most recently changed first. */
export function sortQueue(items: readonly QueueItem[]): QueueItem[] {
  const open = items.filter(isOpen).sort(compareQueueOrder);
  const closed = items.filter((i) => !isOpen(i)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return [...open, ...closed];
}

/**
 * The 1-based `position` for POST /queue/{id}/move that puts `movingId` directly before or after `targetId`
 * (positions count the waiting items ordered by their manual position). Null when either item cannot be moved.
 */
export function movePosition(items: readonly QueueItem[], movingId: string, targetId: string, place: 'before' | 'after'): number | null {
  if (movingId === targetId) return null;
  const waiting = items.filter(isWaiting).sort(byPosition);
  if (!waiting.some((i) => i.id === movingId)) return null;
  const rest = waiting.filter((i) => i.id !== movingId);
  const index = rest.findIndex((i) => i.id === targetId);
  if (index < 0) return null;
  return place === 'before' ? index + 1 : index + 2;
}

/** What the Api will answer for a move: the waiting items renumbered 1..n with the moved one at `position`; the list re-sorted. */
export function applyMove(items: readonly QueueItem[], movingId: string, position: number): QueueItem[] {
  const waiting = items.filter(isWaiting).sort(byPosition);
  const moving = waiting.find((i) => i.id === movingId);
  if (!moving) return [...items];
  const rest = waiting.filter((i) => i.id !== movingId);
  rest.splice(Math.max(0, Math.min(position - 1, rest.length)), 0, moving);
  const renumbered = new Map(rest.map((item, index) => [item.id, { ...item, position: index + 1 }]));
  return sortQueue(items.map((i) => renumbered.get(i.id) ?? i));
}

/**
 * The waiting item directly above (`up`) or below (`down`) in the shown list, when a move can change the order
 * the user sees: only within the same priority and due date (those come before the manual position).
 */
export function neighbourFor(items: readonly QueueItem[], id: string, direction: 'up' | 'down'): QueueItem | null {
  const index = items.findIndex((i) => i.id === id);
  const item = items[index];
  if (!item || !isWaiting(item)) return null;
  const neighbour = items[direction === 'up' ? index - 1 : index + 1];
  if (!neighbour || !isWaiting(neighbour)) return null;
  return neighbour.priority === item.priority && (neighbour.dueDate ?? null) === (item.dueDate ?? null) ? neighbour : null;
}

/** The move for a "move up/down" button, or null when there is nothing to swap with. */
export function stepMove(items: readonly QueueItem[], id: string, direction: 'up' | 'down'): number | null {
  const neighbour = neighbourFor(items, id, direction);
  return neighbour ? movePosition(items, id, neighbour.id, direction === 'up' ? 'before' : 'after') : null;
}

export const statusLabels: Record<QueueItemStatus, string> = {
  queued: 'Queued',
  assigned: 'Assigned',
  dispatching: 'Dispatching',
  printing: 'Printing',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const statusTones: Record<QueueItemStatus, 'neutral' | 'active' | 'ok' | 'warn' | 'danger'> = {
  queued: 'neutral',
  assigned: 'active',
  dispatching: 'active',
  printing: 'active',
  done: 'ok',
  failed: 'danger',
  cancelled: 'warn',
};

export const priorityLabels: Record<QueuePriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
