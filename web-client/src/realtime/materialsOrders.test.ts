import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { useMaterialsStore } from '@/stores/materials';
import { useOrdersStore } from '@/stores/orders';
import { FakeEventSource } from '@/test/fakeEventSource';
import { installFakeApi, json } from '@/test/fakeApi';
import { aMaterial, aSpool } from '@/test/materials';
import { anOrder } from '@/test/orders';
import { startRealtime, stopRealtime } from './connection';

describe('realtime: materials and orders', () => {
  let sources: FakeEventSource[];
  const latest = () => sources[sources.length - 1]!;

  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
    sources = [];
    startRealtime((url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    });
    latest().open();
  });

  afterEach(() => {
    stopRealtime();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes spool.updated and spool.needs_recount into the materials store', () => {
    installFakeApi({});
    const materials = useMaterialsStore();

    latest().emit('spool.updated', JSON.stringify(aSpool({ id: 's1', remainingGrams: 640 })));
    latest().emit('spool.needs_recount', JSON.stringify(aSpool({ id: 's2', remainingGrams: -15, needsRecount: true })));

    expect(materials.spools.find((s) => s.id === 's1')?.remainingGrams).toBe(640);
    expect(materials.spools.find((s) => s.id === 's2')?.needsRecount).toBe(true);
    expect(materials.recountAlerts).toEqual(['s2']);
  });

  it('adds material.low_stock to the low-stock warnings', () => {
    installFakeApi({});

    latest().emit('material.low_stock', JSON.stringify(aMaterial({ id: 'm9', lowStock: true, stockGrams: 80 })));

    expect(useMaterialsStore().lowStock.map((m) => m.id)).toEqual(['m9']);
  });

  it('applies order.updated to the open order', async () => {
    installFakeApi({ 'GET /api/v1/orders/o-1': () => json(anOrder()) });
    const orders = useOrdersStore();
    await orders.open('o-1');

    latest().emit('order.updated', JSON.stringify(anOrder({ status: 'in_production', updatedAt: '2026-11-21T12:00:00Z' })));

    expect(orders.current?.status).toBe('in_production');
  });

  it('reloads the low-stock list after a reconnect, since events may have been missed', async () => {
    const api = installFakeApi({ 'GET /api/v1/materials/low-stock': () => json([aMaterial({ lowStock: true })]) });

    latest().fail();
    await vi.advanceTimersByTimeAsync(60_000);
    latest().open();
    await nextTick();
    await vi.runOnlyPendingTimersAsync();

    expect(api.requests.some((r) => r.url.pathname === '/api/v1/materials/low-stock')).toBe(true);
    expect(useMaterialsStore().lowStock).toHaveLength(1);
  });
});
