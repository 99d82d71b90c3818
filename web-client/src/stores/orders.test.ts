import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Order } from '@/api/orders';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { anOrder } from '@/test/orders';
import { useOrdersStore } from './orders';

describe('orders store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  function ordersServer(orders: Order[]) {
    const byId = new Map(orders.map((o) => [o.id, o]));
    const idOf = (url: URL) => url.pathname.split('/')[4] ?? '';
    return installFakeApi({
      'GET /api/v1/orders': (r) => {
        const status = r.url.searchParams.get('status');
        const items = [...byId.values()].filter((o) => !status || o.status === status);
        return json({ items, page: 1, pageSize: 200, totalCount: items.length });
      },
      'GET /api/v1/orders/:id': (r) => (byId.has(idOf(r.url)) ? json(byId.get(idOf(r.url))) : problem(404, 'Not found')),
      'POST /api/v1/orders/:id/release': (r) => {
        const order = byId.get(idOf(r.url))!;
        if (order.status !== 'draft') return problem(409, 'Conflict', { detail: `Order ${order.number} is ${order.status} and cannot become released.` });
        const released = { ...order, status: 'released' as const, updatedAt: '2026-11-21T10:00:00Z' };
        byId.set(released.id, released);
        return json(released);
      },
      'POST /api/v1/orders/:id/status': (r) => {
        const order = byId.get(idOf(r.url))!;
        const updated = { ...order, status: (r.body as { status: Order['status'] }).status, updatedAt: '2026-11-21T10:01:00Z' };
        byId.set(updated.id, updated);
        return json(updated);
      },
    });
  }

  it('loads with the status filter', async () => {
    const api = ordersServer([anOrder({ id: 'a' }), anOrder({ id: 'b', status: 'released' })]);
    const store = useOrdersStore();

    store.statusFilter = 'released';
    await store.load();

    expect(store.items.map((o) => o.id)).toEqual(['b']);
    expect(api.requests[0]?.url.searchParams.get('status')).toBe('released');
  });

  it('releases through POST release and takes other steps through POST status', async () => {
    const api = ordersServer([anOrder({ id: 'a' })]);
    const store = useOrdersStore();
    await store.open('a');

    await store.moveTo('a', 'released');
    await store.moveTo('a', 'in_production');

    expect(api.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/v1/orders/a',
      'POST /api/v1/orders/a/release',
      'POST /api/v1/orders/a/status',
    ]);
    expect(api.requests[2]?.body).toEqual({ status: 'in_production' });
    expect(store.current?.status).toBe('in_production');
  });

  it('passes a 409 on as an error with the Api detail', async () => {
    ordersServer([anOrder({ id: 'a', status: 'delivered' })]);
    const store = useOrdersStore();

    const error = await store.moveTo('a', 'released').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 409, detail: 'Order A-2026-0001 is delivered and cannot become released.' });
  });

  it('applies order.updated to the list and the open order, and drops orders that leave the filter', async () => {
    ordersServer([anOrder({ id: 'a' }), anOrder({ id: 'b' })]);
    const store = useOrdersStore();
    store.statusFilter = 'draft';
    await store.load();
    await store.open('a');

    store.apply(anOrder({ id: 'a', status: 'released', updatedAt: '2026-11-21T11:00:00Z' }));
    store.apply(anOrder({ id: 'c', updatedAt: '2026-11-21T11:00:00Z' }));

    expect(store.current?.status).toBe('released');
    expect(store.items.map((o) => o.id)).toEqual(['c', 'b']);
  });

  it('ignores an event older than what is shown', async () => {
    ordersServer([anOrder({ id: 'a', status: 'released', updatedAt: '2026-11-21T11:00:00Z' })]);
    const store = useOrdersStore();
    await store.open('a');

    store.apply(anOrder({ id: 'a', status: 'draft', updatedAt: '2026-11-21T10:00:00Z' }));

    expect(store.current?.status).toBe('released');
  });
});
