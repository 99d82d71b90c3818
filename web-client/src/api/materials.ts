import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Material = JsonResponse<'/api/v1/materials/{id}', 'get', 200>;
export type MaterialWrite = JsonRequest<'/api/v1/materials', 'post'>;

/** A spool: `GET /api/v1/spools/{id}` and the SSE events `spool.updated` / `spool.needs_recount`. */
export type Spool = JsonResponse<'/api/v1/spools/{id}', 'get', 200>;
export type SpoolCreate = JsonRequest<'/api/v1/spools', 'post'>;
export type SpoolUpdate = JsonRequest<'/api/v1/spools/{id}', 'put'>;
export type SpoolPage = JsonResponse<'/api/v1/spools', 'get', 200>;
export type Consumption = JsonResponse<'/api/v1/spools/{id}/consumptions', 'get', 200>[number];

export interface SpoolQuery {
  materialId?: string;
  archived?: boolean;
  lowStock?: boolean;
  printerId?: string;
  page?: number;
  pageSize?: number;
}

const materialPath = (id: string) => `materials/${encodeURIComponent(id)}`;
const spoolPath = (id: string) => `spools/${encodeURIComponent(id)}`;

export const materialsApi = {
  list: () => http.get<Material[]>('materials'),
  lowStock: () => http.get<Material[]>('materials/low-stock'),
  create: (write: MaterialWrite) => http.post<Material>('materials', write),
  update: (id: string, write: MaterialWrite) => http.put<Material>(materialPath(id), write),
  remove: (id: string) => http.delete(materialPath(id)),
};

export const spoolsApi = {
  list: (query: SpoolQuery = {}) => http.get<SpoolPage>('spools', { query: { ...query } }),
  get: (id: string) => http.get<Spool>(spoolPath(id)),
  create: (write: SpoolCreate) => http.post<Spool>('spools', write),
  update: (id: string, write: SpoolUpdate) => http.put<Spool>(spoolPath(id), write),
  load: (id: string, printerId: string, slotId: string) => http.post<Spool>(`${spoolPath(id)}/load`, { printerId, slotId }),
  unload: (id: string) => http.post<Spool>(`${spoolPath(id)}/unload`),
  consumptions: (id: string) => http.get<Consumption[]>(`${spoolPath(id)}/consumptions`),
};
