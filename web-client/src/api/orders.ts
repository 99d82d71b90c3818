import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

/** An order: `GET /api/v1/orders/{id}` and the SSE event `order.updated`. */
export type Order = JsonResponse<'/api/v1/orders/{id}', 'get', 200>;
export type OrderWrite = JsonRequest<'/api/v1/orders', 'post'>;
export type OrderLineWrite = NonNullable<OrderWrite['lines']>[number];
export type OrderPage = JsonResponse<'/api/v1/orders', 'get', 200>;
export type OrderStatus = Order['status'];
export type OrderPriority = Order['priority'];

export interface OrderQuery {
  customerId?: string;
  status?: OrderStatus;
  page?: number;
  pageSize?: number;
}

const path = (id: string) => `orders/${encodeURIComponent(id)}`;

export const ordersApi = {
  list: (query: OrderQuery = {}) => http.get<OrderPage>('orders', { query: { ...query } }),
  get: (id: string) => http.get<Order>(path(id)),
  create: (write: OrderWrite) => http.post<Order>('orders', write),
  update: (id: string, write: OrderWrite) => http.put<Order>(path(id), write),
  /** draft -> released; creates the queue items. */
  release: (id: string) => http.post<Order>(`${path(id)}/release`),
  /** The other steps of the flow; 409 for a step the current status does not allow. */
  changeStatus: (id: string, status: OrderStatus) => http.post<Order>(`${path(id)}/status`, { status }),
};
