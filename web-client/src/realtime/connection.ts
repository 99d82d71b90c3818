import { apiUrl } from '@/api/base';
import { useFilesStore } from '@/stores/files';
import { useJobsStore } from '@/stores/jobs';
import { usePrintersStore } from '@/stores/printers';
import { useRealtimeStore } from '@/stores/realtime';
import { realtimeEventNames } from './events';
import { wireMaterialsAndOrders } from './materialsOrders';
import { wireQueue } from './queue';
import { SseClient, type EventSourceFactory } from './sseClient';

let client: SseClient | null = null;
let removeOnlineListener: (() => void) | null = null;

/** Opens the one SSE stream of the app and routes its events into the Pinia stores. Idempotent. */
export function startRealtime(createEventSource?: EventSourceFactory): SseClient {
  if (client) {
    client.start();
    return client;
  }
  const realtime = useRealtimeStore();
  const printers = usePrintersStore();
  const jobs = useJobsStore();

  client = new SseClient({
    url: () => apiUrl('events'),
    eventNames: realtimeEventNames,
    createEventSource,
    onStateChange: (state) => realtime.setConnection(state),
    onReconnected: () => {
      // Events may have been missed while disconnected: reload what the stores hold.
      void printers
        .load()
        .then(() => realtime.refreshStatuses(printers.items.map((p) => p.id)))
        .catch(() => undefined);
      void jobs.reload();
      const open = jobs.detail?.job.id;
      if (open) void jobs.loadDetail(open);
    },
    onMalformedEvent: (name) => console.warn(`Ignored a malformed "${name}" event`),
  });
  client.on('printer.status', (status) => realtime.applyStatus(status));
  const files = useFilesStore();
  client.on('file.updated', (file) => files.applyFileUpdated(file));
  client.on('file.removed', ({ id }) => files.applyFileRemoved(id));
  client.on('download.progress', (progress) => files.applyProgress(progress));
  client.on('job.updated', (job) => jobs.applyUpdate(job));
  wireMaterialsAndOrders(client);
  wireQueue(client);
  client.on('printer.removed', ({ printerId }) => {
    realtime.forget(printerId);
    printers.forget(printerId);
  });

  const online = () => client?.reconnectNow();
  window.addEventListener('online', online);
  removeOnlineListener = () => window.removeEventListener('online', online);

  client.start();
  return client;
}

export function stopRealtime(): void {
  client?.stop();
  client = null;
  removeOnlineListener?.();
  removeOnlineListener = null;
}
