import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

/** A queue item: `GET /api/v1/queue/{id}` and the SSE event `queue.updated`. */
export type QueueItem = JsonResponse<'/api/v1/queue/{id}', 'get', 200>;
export type QueueItemStatus = QueueItem['status'];
export type QueuePriority = QueueItem['priority'];
/** One printer ranked for an item, with its reasons (problems first). */
export type QueueCandidate = JsonResponse<'/api/v1/queue/{id}/candidates', 'get', 200>[number];
export type QueueAdd = JsonRequest<'/api/v1/queue', 'post'>;
/** Whether a printer's plate was confirmed cleared since its last job (`GET /api/v1/queue/plates`). */
export type PlateStateItem = JsonResponse<'/api/v1/queue/plates', 'get', 200>[number];

/** The SSE event `printer.plate` (after "plate cleared"). */
export interface PlateEvent {
  printerId: string;
  clearedAt: string | null;
  lastJobAt: string | null;
  isCleared: boolean;
}

/** The optional body of a dispatch: an explicit, audited override of blocking problems. */
export type QueueDispatch = JsonRequest<'/api/v1/queue/{id}/dispatch', 'post'>;

const path = (id: string) => `queue/${encodeURIComponent(id)}`;

export const queueApi = {
  /** Open items in queue order, then items closed in the last `closedDays` days. */
  list: (closedDays = 7) => http.get<QueueItem[]>('queue', { query: { closedDays } }),
  get: (id: string) => http.get<QueueItem>(path(id)),
  /** Ad-hoc copies of a file (201 with the new items). */
  add: (write: QueueAdd) => http.post<QueueItem[]>('queue', write),
  candidates: (id: string) => http.get<QueueCandidate[]>(`${path(id)}/candidates`),
  assign: (id: string, printerId: string) => http.post<QueueItem>(`${path(id)}/assign`, { printerId }),
  /** `override` dispatches despite blocking problems (material, offline); the server audits it with the reason. */
  dispatch: (id: string, options: QueueDispatch = {}) => http.post<QueueItem>(`${path(id)}/dispatch`, options),
  /** Makes an ad-hoc item a copy of an order line (released or in production). */
  attachToOrder: (id: string, orderId: string, lineNo: number | null) => http.post<QueueItem>(`${path(id)}/order`, { orderId, lineNo }),
  /** `position` is 1-based among the waiting items ordered by their manual position; answers the waiting items in queue order. */
  move: (id: string, position: number) => http.post<QueueItem[]>(`${path(id)}/move`, { position }),
  cancel: (id: string) => http.post<QueueItem>(`${path(id)}/cancel`),
  requeue: (id: string) => http.post<QueueItem>(`${path(id)}/requeue`),
  plates: () => http.get<PlateStateItem[]>('queue/plates'),
  plateCleared: (printerId: string) => http.post<PlateEvent>(`printers/${encodeURIComponent(printerId)}/plate-cleared`),
};
