import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Printer } from '@/api/printers';
import { ApiError } from '@/api/http';
import { installFakeApi, json, noContent, problem, type RecordedRequest } from '@/test/fakeApi';
import { aPrinter } from '@/test/printers';
import { usePrintersStore } from './printers';

/** An Api holding printers in memory, enough for the store's round trips. */
function printersServer(initial: Printer[]) {
  const printers = new Map(initial.map((p) => [p.id, p]));
  let next = 100;
  const idOf = (r: RecordedRequest) => decodeURIComponent(r.url.pathname.split('/').pop() ?? '');
  const api = installFakeApi({
    'GET /api/v1/printers': () => json([...printers.values()]),
    'POST /api/v1/printers': (r) => {
      const body = r.body as Partial<Printer>;
      if (!body.name) return problem(400, 'Validation failed', { errors: { name: ['Name is required.'] } });
      if ([...printers.values()].some((p) => p.name === body.name)) return problem(409, 'Conflict', { detail: 'A printer named "A1" exists.' });
      const created = aPrinter({ ...body, id: `p-${next++}` });
      printers.set(created.id, created);
      return json(created, 201);
    },
    'PUT /api/v1/printers/:id': (r) => {
      const existing = printers.get(idOf(r));
      if (!existing) return problem(404, 'Not found');
      const updated = { ...existing, ...(r.body as Partial<Printer>) };
      printers.set(updated.id, updated);
      return json(updated);
    },
    'DELETE /api/v1/printers/:id': (r) => (printers.delete(idOf(r)) ? noContent() : problem(404, 'Not found')),
  });
  return { printers, api };
}

describe('printers store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads the list and sorts it by name, numbers naturally', async () => {
    printersServer([aPrinter({ id: 'a', name: 'Prusa 10' }), aPrinter({ id: 'b', name: 'bambu A1' }), aPrinter({ id: 'c', name: 'Prusa 2' })]);
    const store = usePrintersStore();

    await store.load();

    expect(store.loaded).toBe(true);
    expect(store.sorted.map((p) => p.name)).toEqual(['bambu A1', 'Prusa 2', 'Prusa 10']);
    expect(store.byId.get('c')?.name).toBe('Prusa 2');
  });

  it('adds a created printer without reloading', async () => {
    const { api } = printersServer([]);
    const store = usePrintersStore();
    await store.load();

    const created = await store.create({ name: 'Sim 1', kind: 'simulated' });

    expect(store.items.map((p) => p.id)).toEqual([created.id]);
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('replaces an updated printer in place', async () => {
    printersServer([aPrinter({ id: 'a', name: 'Old' })]);
    const store = usePrintersStore();
    await store.load();

    await store.update('a', { name: 'New', kind: 'bambu' });

    expect(store.items).toHaveLength(1);
    expect(store.items[0]?.name).toBe('New');
  });

  it('keeps the list unchanged and rethrows field errors when the Api rejects a printer', async () => {
    printersServer([aPrinter({ id: 'a' })]);
    const store = usePrintersStore();
    await store.load();

    const error = await store.create({ name: '', kind: 'simulated' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ name: ['Name is required.'] });
    expect(store.items.map((p) => p.id)).toEqual(['a']);
  });

  it('removes a deleted printer, also when it was already gone on the server', async () => {
    const { printers } = printersServer([aPrinter({ id: 'a' }), aPrinter({ id: 'b', name: 'B' })]);
    const store = usePrintersStore();
    await store.load();

    await store.remove('a');
    printers.delete('b');
    await store.remove('b');

    expect(store.items).toEqual([]);
  });

  it('reports a load failure and keeps what it had', async () => {
    printersServer([aPrinter({ id: 'a' })]);
    const store = usePrintersStore();
    await store.load();
    installFakeApi({ 'GET /api/v1/printers': () => problem(503, 'Service unavailable', { detail: 'Database is starting.' }) });

    await expect(store.load()).rejects.toBeInstanceOf(ApiError);

    expect(store.loadError).toBe('Database is starting.');
    expect(store.items.map((p) => p.id)).toEqual(['a']);
  });
});

describe('printers store connection test', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('returns what the Api found, and turns a failed call into a failed result', async () => {
    installFakeApi({
      'POST /api/v1/printers/a/test-connection': () => json({ ok: true, message: 'PrusaLink 2.1 answered.', details: { firmware: '6.1' } }),
      'POST /api/v1/printers/b/test-connection': () => problem(404, 'Not Found', { detail: 'There is no printer with this id.' }),
    });
    const store = usePrintersStore();

    await expect(store.testConnection('a')).resolves.toEqual({ ok: true, message: 'PrusaLink 2.1 answered.', details: { firmware: '6.1' } });
    await expect(store.testConnection('b')).resolves.toEqual({ ok: false, message: 'There is no printer with this id.', details: {} });
  });
});
