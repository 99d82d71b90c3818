import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { QueueItem } from '@/api/queue';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { aQueueItem } from '@/test/queue';
import { useQueueStore } from './queue';

describe('queue store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  const items = (): QueueItem[] => [
    aQueueItem({ id: 'a', position: 1, orderId: 'o-1', orderLineNo: 1, orderNumber: 'A-7', customerName: 'Erika Mustermann' }),
    aQueueItem({ id: 'b', position: 2 }),
    aQueueItem({ id: 'c', position: 3 }),
  ];

  it('loads the queue in the Api order, with the order number and customer the Api gives each item', async () => {
    installFakeApi({ 'GET /api/v1/queue': () => json(items()) });
    const store = useQueueStore();

    await store.load();

    expect(store.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(store.items[0]).toMatchObject({ orderNumber: 'A-7', customerName: 'Erika Mustermann' });
  });

  it('shows a move at once and keeps what the Api answers', async () => {
    let answer: (r: Response) => void = () => undefined;
    const api = installFakeApi({
      'GET /api/v1/queue': () => json(items()),
      'POST /api/v1/queue/:id/move': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const store = useQueueStore();
    await store.load();

    const moving = store.move('c', 1);
    expect(store.items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    answer(
      json([
        aQueueItem({ id: 'c', position: 1, updatedAt: '2026-11-21T10:00:00Z' }),
        aQueueItem({ id: 'a', position: 2, updatedAt: '2026-11-21T10:00:00Z' }),
        aQueueItem({ id: 'b', position: 3, updatedAt: '2026-11-21T10:00:00Z' }),
      ]),
    );
    await moving;

    expect(store.items.map((i) => [i.id, i.position])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
    const move = api.requests.find((r) => r.method === 'POST');
    expect(move?.url.pathname).toBe('/api/v1/queue/c/move');
    expect(move?.body).toEqual({ position: 1 });
  });

  it('rolls a refused move back and passes the problem on', async () => {
    installFakeApi({
      'GET /api/v1/queue': () => json(items()),
      'POST /api/v1/queue/:id/move': () => problem(409, 'Conflict', { detail: 'Only waiting items can be moved; this one is printing.' }),
    });
    const store = useQueueStore();
    await store.load();

    await expect(store.move('c', 1)).rejects.toMatchObject({ status: 409, userMessage: 'Only waiting items can be moved; this one is printing.' });

    expect(store.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('applies queue.updated in queue order and ignores stale versions', async () => {
    installFakeApi({ 'GET /api/v1/queue': () => json(items()) });
    const store = useQueueStore();
    await store.load();

    store.apply(aQueueItem({ id: 'b', position: 2, priority: 'urgent', updatedAt: '2026-11-21T10:00:00Z' }));
    store.apply(aQueueItem({ id: 'b', position: 2, priority: 'normal', updatedAt: '2026-11-21T09:30:00Z' }));
    store.apply(aQueueItem({ id: 'n', position: 4, updatedAt: '2026-11-21T10:00:00Z' }));

    expect(store.items.map((i) => i.id)).toEqual(['b', 'a', 'c', 'n']);
  });

  it('shows the failed state after a refused dispatch', async () => {
    installFakeApi({
      'GET /api/v1/queue': () => json([aQueueItem({ id: 'a', status: 'assigned', printerId: 'p-1' })]),
      'POST /api/v1/queue/:id/dispatch': () => problem(502, 'Printer error', { detail: 'Upload failed: 550 Permission denied' }),
      'GET /api/v1/queue/:id': () =>
        json(aQueueItem({ id: 'a', status: 'failed', printerId: 'p-1', failureReason: 'Upload failed: 550 Permission denied', updatedAt: '2026-11-21T10:00:00Z' })),
    });
    const store = useQueueStore();
    await store.load();

    await expect(store.dispatch('a')).rejects.toMatchObject({ status: 502 });

    await vi.waitFor(() => expect(store.items[0]?.status).toBe('failed'));
    expect(store.items[0]?.failureReason).toBe('Upload failed: 550 Permission denied');
  });
});
