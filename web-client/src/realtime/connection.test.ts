import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useJobsStore } from '@/stores/jobs';
import { usePrintersStore } from '@/stores/printers';
import { aJob } from '@/test/jobs';
import { useRealtimeStore } from '@/stores/realtime';
import { FakeEventSource } from '@/test/fakeEventSource';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { aPrinter } from '@/test/printers';
import { startRealtime, stopRealtime } from './connection';

describe('realtime connection', () => {
  let sources: FakeEventSource[];
  const latest = () => sources[sources.length - 1]!;

  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/prefix/">';
    sources = [];
  });

  afterEach(() => {
    stopRealtime();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const start = () =>
    startRealtime((url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    });

  it('opens the event stream of the Api under the app base and mirrors its state in the store', () => {
    const realtime = useRealtimeStore();
    start();

    expect(latest().url).toBe('http://printernizer.local/prefix/api/v1/events');
    expect(realtime.connection).toBe('connecting');
    latest().open();
    expect(realtime.connection).toBe('open');
    latest().fail();
    expect(realtime.connection).toBe('reconnecting');

    stopRealtime();
    expect(realtime.connection).toBe('closed');
  });

  it('writes printer.status events into the status map', () => {
    const realtime = useRealtimeStore();
    start();
    latest().open();

    latest().emit('printer.status', JSON.stringify({ printerId: 'p1', state: 'printing', connected: true, progressPercent: 42, updatedAt: '2026-11-21T10:00:00Z' }), '5');

    expect(realtime.statusOf('p1')).toMatchObject({ state: 'printing', progressPercent: 42 });
  });

  it('writes job.updated events into the jobs store', async () => {
    installFakeApi({
      'GET /prefix/api/v1/jobs': () => json({ items: [aJob({ id: 'j1', status: 'printing', progressPercent: 5 })], page: 1, pageSize: 50, totalCount: 1 }),
    });
    const jobs = useJobsStore();
    await jobs.load({});
    start();
    latest().open();

    latest().emit('job.updated', JSON.stringify(aJob({ id: 'j1', status: 'completed', progressPercent: 100 })), '7');

    expect(jobs.items[0]).toMatchObject({ status: 'completed', progressPercent: 100 });
  });

  it('drops a printer removed elsewhere from both stores', () => {
    const printers = usePrintersStore();
    const realtime = useRealtimeStore();
    printers.upsert(aPrinter({ id: 'p1' }));
    printers.upsert(aPrinter({ id: 'p2', name: 'Other' }));
    start();
    latest().open();
    latest().emit('printer.status', JSON.stringify({ printerId: 'p1', state: 'idle', connected: true, updatedAt: '2026-11-21T10:00:00Z' }));

    latest().emit('printer.removed', JSON.stringify({ printerId: 'p1' }));

    expect(printers.items.map((p) => p.id)).toEqual(['p2']);
    expect(realtime.statusOf('p1')).toBeUndefined();
  });

  it('reloads printers and their statuses after a reconnect', async () => {
    installFakeApi({
      'GET /prefix/api/v1/printers': () => json([aPrinter({ id: 'p1', name: 'A1' })]),
      'GET /prefix/api/v1/printers/p1/status': () => json({ printerId: 'p1', state: 'paused', connected: true, updatedAt: '2026-11-21T10:05:00Z' }),
    });
    const printers = usePrintersStore();
    const realtime = useRealtimeStore();
    start();
    latest().open();
    expect(printers.loaded).toBe(false);

    latest().fail();
    await vi.advanceTimersByTimeAsync(1500);
    latest().open();
    await vi.waitFor(() => expect(realtime.statusOf('p1')?.state).toBe('paused'));

    expect(printers.items.map((p) => p.name)).toEqual(['A1']);
  });

  it('treats a missing status endpoint as unknown status', async () => {
    installFakeApi({ 'GET /prefix/api/v1/printers/p1/status': () => problem(404, 'Not found') });
    const realtime = useRealtimeStore();

    await realtime.refreshStatuses(['p1']);

    expect(realtime.statusOf('p1')).toBeUndefined();
  });
});
