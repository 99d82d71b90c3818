import { ref } from 'vue';
import { defineStore } from 'pinia';
import { isApiError } from '@/api/http';
import { queueApi, type QueueAdd, type QueueCandidate, type QueueDispatch, type QueueItem } from '@/api/queue';
import { applyMove, sortQueue } from '@/features/queue/queueOrder';

function isNewer(next: QueueItem, current: QueueItem | undefined): boolean {
  if (!current) return true;
  const a = Date.parse(next.updatedAt);
  const b = Date.parse(current.updatedAt);
  return Number.isNaN(a) || Number.isNaN(b) || a >= b || next.position !== current.position;
}

/** The print queue: items in the Api's order, live through queue.updated, moves shown at once and rolled back on failure. */
export const useQueueStore = defineStore('queue', () => {
  const items = ref<QueueItem[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);

  /** Applies a newer version of an item (from an answer or queue.updated) and keeps the queue order. */
  function apply(item: QueueItem): void {
    const index = items.value.findIndex((i) => i.id === item.id);
    if (index >= 0 && !isNewer(item, items.value[index])) return;
    if (index < 0 && !loaded.value) return;
    const next = [...items.value];
    if (index >= 0) next.splice(index, 1, item);
    else next.push(item);
    items.value = sortQueue(next);
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      items.value = await queueApi.list();
      loaded.value = true;
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The queue could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  /** Moves an item to `position` (1-based, see queueApi.move): shown at once, rolled back when the Api refuses. */
  async function move(id: string, position: number): Promise<void> {
    const before = items.value;
    items.value = applyMove(before, id, position);
    try {
      const answer = await queueApi.move(id, position);
      for (const item of answer) apply(item);
    } catch (error) {
      items.value = before;
      throw error;
    }
  }

  async function add(write: QueueAdd): Promise<QueueItem[]> {
    const created = await queueApi.add(write);
    for (const item of created) apply(item);
    return created;
  }

  async function run(id: string, call: () => Promise<QueueItem>): Promise<QueueItem> {
    try {
      const item = await call();
      apply(item);
      return item;
    } catch (error) {
      // A refused dispatch may have left the item failed (with the reason): show what the server has now.
      void queueApi
        .get(id)
        .then(apply)
        .catch(() => undefined);
      throw error;
    }
  }

  const assign = (id: string, printerId: string) => run(id, () => queueApi.assign(id, printerId));
  const dispatch = (id: string, options?: QueueDispatch) => run(id, () => queueApi.dispatch(id, options));
  const cancel = (id: string) => run(id, () => queueApi.cancel(id));
  const requeue = (id: string) => run(id, () => queueApi.requeue(id));
  const attachToOrder = (id: string, orderId: string, lineNo: number | null) => run(id, () => queueApi.attachToOrder(id, orderId, lineNo));
  const candidates = (id: string): Promise<QueueCandidate[]> => queueApi.candidates(id);

  return { items, loading, loaded, loadError, apply, load, move, add, assign, dispatch, cancel, requeue, attachToOrder, candidates };
});
