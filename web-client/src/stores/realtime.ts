import { ref } from 'vue';
import { defineStore } from 'pinia';
import { printersApi, type PrinterStatus } from '@/api/printers';
import type { ConnectionState } from '@/realtime/events';

function isNewer(next: PrinterStatus, current: PrinterStatus | undefined): boolean {
  if (!current) return true;
  const a = Date.parse(next.updatedAt);
  const b = Date.parse(current.updatedAt);
  return Number.isNaN(a) || Number.isNaN(b) || a >= b;
}

/** Live state: the SSE connection and the latest status per printer id. */
export const useRealtimeStore = defineStore('realtime', () => {
  const connection = ref<ConnectionState>('closed');
  const statuses = ref<Record<string, PrinterStatus>>({});
  const lastEventAt = ref<Date | null>(null);

  function setConnection(state: ConnectionState): void {
    connection.value = state;
  }

  /** Applies a status unless an even newer one is already known (events may race a fetch). */
  function applyStatus(status: PrinterStatus): void {
    if (isNewer(status, statuses.value[status.printerId])) {
      statuses.value = { ...statuses.value, [status.printerId]: status };
    }
    lastEventAt.value = new Date();
  }

  function statusOf(printerId: string): PrinterStatus | undefined {
    return statuses.value[printerId];
  }

  function forget(printerId: string): void {
    const next = { ...statuses.value };
    delete next[printerId];
    statuses.value = next;
  }

  /** Fetches the current status of each printer (best effort: a printer without status stays unknown). */
  async function refreshStatuses(printerIds: readonly string[]): Promise<void> {
    await Promise.all(
      printerIds.map(async (id) => {
        try {
          const status = await printersApi.status(id);
          if (status) applyStatus(status);
        } catch {
          // Unknown until the next event.
        }
      }),
    );
  }

  function reset(): void {
    statuses.value = {};
    lastEventAt.value = null;
  }

  return { connection, statuses, lastEventAt, setConnection, applyStatus, statusOf, forget, refreshStatuses, reset };
});
