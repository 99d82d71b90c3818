import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Printer = JsonResponse<'/api/v1/printers/{id}', 'get', 200>;
export type PrinterWrite = JsonRequest<'/api/v1/printers', 'post'>;
export type PrinterKind = Printer['kind'];

/** Live status of one printer: `GET /api/v1/printers/{id}/status` and the SSE event `printer.status`. */
export type PrinterStatus = JsonResponse<'/api/v1/printers/{id}/status', 'get', 200>;
export type PrinterState = PrinterStatus['state'];

/** Commands a printer accepts while it prints: `POST /api/v1/printers/{id}/pause|resume|stop` (202). */
export type PrinterControlAction = 'pause' | 'resume' | 'stop';

export type ConnectionTestResult = JsonResponse<'/api/v1/printers/{id}/test-connection', 'post', 200>;

const path = (id: string) => `printers/${encodeURIComponent(id)}`;

export const printersApi = {
  list: () => http.get<JsonResponse<'/api/v1/printers', 'get', 200>>('printers'),
  get: (id: string) => http.get<Printer>(path(id)),
  create: (printer: PrinterWrite) => http.post<Printer>('printers', printer),
  update: (id: string, printer: PrinterWrite) => http.put<Printer>(path(id), printer),
  remove: (id: string) => http.delete(path(id)),
  /** Callers treat a failure (e.g. 404 for a printer that was just removed) as "status unknown". */
  status: (id: string) => http.get<PrinterStatus>(`${path(id)}/status`),
  /** Tries to reach the printer with its stored settings. */
  testConnection: (id: string) => http.post<ConnectionTestResult>(`${path(id)}/test-connection`),
  /** 202 when sent; 409 when the state does not allow it, 502 when the printer refuses, 503 when it is not reachable. */
  control: (id: string, action: PrinterControlAction) => http.post<void>(`${path(id)}/${action}`),
  /** Forgets the pinned TLS certificate (Bambu); the next connection pins the printer's current one. */
  repinCertificate: (id: string) => http.post<Printer>(`${path(id)}/repin-certificate`),
};
