import { useMaterialsStore } from '@/stores/materials';
import { useOrdersStore } from '@/stores/orders';
import { useRealtimeStore } from '@/stores/realtime';
import type { SseClient } from './sseClient';

let stopReconnectWatch: (() => void) | null = null;

/** Routes spool.updated, spool.needs_recount, material.low_stock and order.updated into their stores. */
export function wireMaterialsAndOrders(client: SseClient): void {
  const materials = useMaterialsStore();
  const orders = useOrdersStore();
  const realtime = useRealtimeStore();

  client.on('spool.updated', (spool) => materials.applySpoolUpdated(spool));
  client.on('spool.needs_recount', (spool) => materials.applyNeedsRecount(spool));
  client.on('material.low_stock', (material) => materials.applyMaterialLowStock(material));
  client.on('order.updated', (order) => orders.apply(order));

  // After a reconnect events may have been missed: reload what is shown.
  let hasBeenOpen = false;
  stopReconnectWatch?.();
  stopReconnectWatch = realtime.$onAction(({ name, args }) => {
    if (name !== 'setConnection' || args[0] !== 'open') return;
    if (hasBeenOpen) reload();
    hasBeenOpen = true;
  });

  function reload(): void {
    if (materials.loaded) void materials.load().catch(() => undefined);
    else void materials.loadLowStock().catch(() => undefined);
    if (orders.loaded) void orders.load().catch(() => undefined);
    const current = orders.current;
    if (current) void orders.open(current.id).catch(() => undefined);
  }
}
