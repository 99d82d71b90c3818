import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Printer = JsonResponse<'/api/v1/printers/{id}', 'get', 200>;
export type PrinterWrite = JsonRequest<'/api/v1/printers', 'post'>;
export type PrinterKind = Printer['kind'];

export type PrinterState =
  | 'offline'
  | 'idle'
  | 'busy'
  | 'preparing'
  | 'printing'
  | 'paused'
  | 'finished'
  | 'stopped'
  | 'failed'
  | 'error'
  | 'attention';

/**
 * Live status of one printer: the payload of the SSE event `printer.status` and of
 * `GET /api/v1/printers/{id}/status` (api.md). Written by hand because the Api's swagger.json does not
 * describe it yet (no endpoint returns it); switch to a schema-derived type once it does.
 */
export interface PrinterStatus {
  printerId: string;
  state: PrinterState;
  connected: boolean;
  /** Why the printer is offline, in plain words (null when connected). */
  offlineReason?: string | null;
  lastSeenAt?: string | null;
  progressPercent?: number | null;
  remainingSeconds?: number | null;
  elapsedSeconds?: number | null;
  currentLayer?: number | null;
  totalLayers?: number | null;
  jobName?: string | null;
  fileName?: string | null;
  currentJobId?: string | null;
  temperatures?: {
    nozzle?: number | null;
    nozzleTarget?: number | null;
    bed?: number | null;
    bedTarget?: number | null;
    chamber?: number | null;
  } | null;
  errors?: { code: string; severity: string; message: string }[] | null;
  updatedAt: string;
}

const path = (id: string) => `printers/${encodeURIComponent(id)}`;

export const printersApi = {
  list: () => http.get<JsonResponse<'/api/v1/printers', 'get', 200>>('printers'),
  get: (id: string) => http.get<Printer>(path(id)),
  create: (printer: PrinterWrite) => http.post<Printer>('printers', printer),
  update: (id: string, printer: PrinterWrite) => http.put<Printer>(path(id), printer),
  remove: (id: string) => http.delete(path(id)),
  /** 404 while the Api has no status endpoint or the printer never reported; callers treat that as "unknown". */
  status: (id: string) => http.get<PrinterStatus>(`${path(id)}/status`),
};
