import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Customer = JsonResponse<'/api/v1/customers/{id}', 'get', 200>;
export type CustomerWrite = JsonRequest<'/api/v1/customers', 'post'>;
export type CustomerPage = JsonResponse<'/api/v1/customers', 'get', 200>;
export type CustomerExport = JsonResponse<'/api/v1/customers/{id}/export', 'get', 200>;

export interface CustomerQuery {
  search?: string;
  includeAnonymized?: boolean;
  page?: number;
  pageSize?: number;
}

const path = (id: string) => `customers/${encodeURIComponent(id)}`;

export const customersApi = {
  list: (query: CustomerQuery = {}) => http.get<CustomerPage>('customers', { query: { ...query } }),
  get: (id: string) => http.get<Customer>(path(id)),
  create: (write: CustomerWrite) => http.post<Customer>('customers', write),
  update: (id: string, write: CustomerWrite) => http.put<Customer>(path(id), write),
  remove: (id: string) => http.delete(path(id)),
  /** GDPR: everything stored about the customer, as JSON. */
  export: (id: string) => http.get<CustomerExport>(`${path(id)}/export`),
  /** GDPR: removes the personal data; order numbers, amounts and dates stay. */
  anonymize: (id: string) => http.post<Customer>(`${path(id)}/anonymize`),
};
