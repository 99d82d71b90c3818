import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Printer = JsonResponse<'/api/v1/printers/{id}', 'get', 200>;
export type PrinterList = JsonResponse<'/api/v1/printers', 'get', 200>;
export type PrinterWrite = JsonRequest<'/api/v1/printers', 'post'>;
export type PrinterKind = Printer['kind'];
export type PrinterStatus = JsonResponse<'/api/v1/printers/{id}/status', 'get', 200>;
export type PrinterState = PrinterStatus['state'];

const path = (id: string) => `printers/${encodeURIComponent(id)}`;

function itemsOf(list: PrinterList | Printer[]): Printer[] {
  return Array.isArray(list) ? list : list.items;
}

export const printersApi = {
  list: async (): Promise<Printer[]> => itemsOf(await http.get<PrinterList>('printers', { query: { pageSize: 500 } })),
  get: (id: string) => http.get<Printer>(path(id)),
  create: (printer: PrinterWrite) => http.post<Printer>('printers', printer),
  update: (id: string, printer: PrinterWrite) => http.put<Printer>(path(id), printer),
  remove: (id: string) => http.delete(path(id)),
  status: (id: string) => http.get<PrinterStatus>(`${path(id)}/status`),
};
