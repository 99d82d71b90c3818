import { usePlatesStore } from '@/stores/plates';
import { useQueueStore } from '@/stores/queue';
import { useRealtimeStore } from '@/stores/realtime';
import type { SseClient } from './sseClient';

let stopReconnectWatch: (() => void) | null = null;

/** Routes queue.updated and printer.plate into their stores; reloads both after a reconnect (events may have been missed). */
export function wireQueue(client: SseClient): void {
  const queue = useQueueStore();
  const plates = usePlatesStore();
  const realtime = useRealtimeStore();

  client.on('queue.updated', (item) => queue.apply(item));
  client.on('printer.plate', (state) => plates.apply(state));

  let hasBeenOpen = false;
  stopReconnectWatch?.();
  stopReconnectWatch = realtime.$onAction(({ name, args }) => {
    if (name !== 'setConnection' || args[0] !== 'open') return;
    if (hasBeenOpen) {
      if (queue.loaded) void queue.load().catch(() => undefined);
      if (plates.loaded) void plates.load().catch(() => undefined);
    }
    hasBeenOpen = true;
  });
}
