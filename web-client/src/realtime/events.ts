import type { DownloadProgress, FileItem } from '@/api/files';
import type { Job } from '@/api/jobs';
import type { Material, Spool } from '@/api/materials';
import type { Order } from '@/api/orders';
import type { PrinterStatus } from '@/api/printers';
import type { PlateEvent, QueueItem } from '@/api/queue';

/** A payload whose shape this client does not model yet; kept as plain JSON. */
export type JsonObject = Record<string, unknown>;

/** Server-Sent Events of GET /api/v1/events, by event name (design.md "Real time"). */
export interface RealtimeEventMap {
  'printer.status': PrinterStatus;
  'printer.removed': { printerId: string };
  'job.updated': Job;
  'file.updated': FileItem;
  'file.removed': { id: string; printerId: string | null };
  'download.progress': DownloadProgress;
  'queue.updated': QueueItem;
  'printer.plate': PlateEvent;
  'spool.updated': Spool;
  'spool.needs_recount': Spool;
  'material.low_stock': Material;
  'order.updated': Order;
}

export type RealtimeEventName = keyof RealtimeEventMap;

export const realtimeEventNames: readonly RealtimeEventName[] = [
  'printer.status',
  'printer.removed',
  'job.updated',
  'file.updated',
  'file.removed',
  'download.progress',
  'queue.updated',
  'printer.plate',
  'spool.updated',
  'spool.needs_recount',
  'material.low_stock',
  'order.updated',
];

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';
