import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Material, Spool } from '@/api/materials';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { aMaterial, aSpool } from '@/test/materials';
import { spoolUpdateFrom, useMaterialsStore } from './materials';

function materialsServer(materials: Material[], spools: Spool[]) {
  const store = { materials: new Map(materials.map((m) => [m.id, m])), spools: new Map(spools.map((s) => [s.id, s])) };
  const idAt = (url: URL, index: number) => url.pathname.split('/')[index] ?? '';
  const api = installFakeApi({
    'GET /api/v1/materials': () => json([...store.materials.values()]),
    'GET /api/v1/materials/low-stock': () => json([...store.materials.values()].filter((m) => m.lowStock)),
    'POST /api/v1/materials': (r) => {
      const body = r.body as Partial<Material>;
      if (!body.brand) return problem(400, 'Validation failed', { errors: { Brand: ["'Brand' must not be empty."] } });
      const created = aMaterial({ ...body, id: 'm-new' });
      store.materials.set(created.id, created);
      return json(created, 201);
    },
    'GET /api/v1/spools': (r) =>
      json({ items: [...store.spools.values()].filter((s) => r.url.searchParams.get('archived') !== 'false' || !s.archived), page: 1, pageSize: 500, totalCount: store.spools.size }),
    'PUT /api/v1/spools/:id': (r) => {
      const existing = store.spools.get(idAt(r.url, 4));
      if (!existing) return problem(404, 'Not found');
      const body = r.body as Partial<Spool>;
      const updated = { ...existing, ...body, needsRecount: false, updatedAt: '2026-11-21T10:00:00Z' };
      store.spools.set(updated.id, updated);
      return json(updated);
    },
    'POST /api/v1/spools/:id/load': (r) => {
      const existing = store.spools.get(idAt(r.url, 4))!;
      const body = r.body as { printerId: string; slotId: string };
      const updated = { ...existing, ...body, updatedAt: '2026-11-21T10:00:00Z' };
      store.spools.set(updated.id, updated);
      return json(updated);
    },
  });
  return { store, api };
}

describe('materials store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('loads materials sorted by type and brand, the active spools and the low-stock list', async () => {
    materialsServer(
      [aMaterial({ id: 'a', type: 'PETG', brand: 'Prusament' }), aMaterial({ id: 'b', type: 'PLA', brand: 'Bambu', lowStock: true })],
      [aSpool({ id: 's1' }), aSpool({ id: 's2', archived: true })],
    );
    const store = useMaterialsStore();

    await store.load();

    expect(store.sortedMaterials.map((m) => m.id)).toEqual(['a', 'b']);
    expect(store.visibleSpools.map((s) => s.id)).toEqual(['s1']);
    expect(store.lowStock.map((m) => m.id)).toEqual(['b']);
  });

  it('keeps the Api field errors of a failed create on the thrown error', async () => {
    materialsServer([], []);
    const store = useMaterialsStore();
    await store.load();

    const error = await store.createMaterial({ type: 'PLA', brand: '', pricePerKg: 20, densityGcm3: 1.24 }).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 400, fieldErrors: { brand: ["'Brand' must not be empty."] } });
    expect(store.materials).toEqual([]);
  });

  it('recounts a spool with a full PUT that only changes the remaining grams', async () => {
    const spool = aSpool({ id: 's1', remainingGrams: -20, needsRecount: true, lot: 'L-9', location: 'Shelf A' });
    const { api } = materialsServer([aMaterial()], [spool]);
    const store = useMaterialsStore();
    await store.load();
    store.applyNeedsRecount(spool);
    expect(store.recountAlerts).toEqual(['s1']);

    await store.recount(spool, 420);

    const put = api.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({ ...spoolUpdateFrom(spool), remainingGrams: 420 });
    expect(store.spools[0]).toMatchObject({ remainingGrams: 420, needsRecount: false });
    expect(store.recountAlerts).toEqual([]);
  });

  it('loading a spool into a slot shows the spool that was there as unloaded', async () => {
    const { store: server } = materialsServer([aMaterial()], [aSpool({ id: 'old', printerId: 'p1', slotId: 'ams0-tray1' }), aSpool({ id: 'new' })]);
    const store = useMaterialsStore();
    await store.load();

    await store.loadIntoPrinter(store.spools.find((s) => s.id === 'new')!, 'p1', 'ams0-tray1');

    expect(server.spools.get('new')).toMatchObject({ printerId: 'p1', slotId: 'ams0-tray1' });
    expect(store.spools.find((s) => s.id === 'new')).toMatchObject({ printerId: 'p1', slotId: 'ams0-tray1' });
    expect(store.spools.find((s) => s.id === 'old')).toMatchObject({ printerId: null, slotId: null });
  });

  it('applies live spool updates but ignores an older version', async () => {
    materialsServer([aMaterial()], [aSpool({ id: 's1', remainingGrams: 800, updatedAt: '2026-11-21T10:00:00Z' })]);
    const store = useMaterialsStore();
    await store.load();

    store.applySpoolUpdated(aSpool({ id: 's1', remainingGrams: 900, updatedAt: '2026-11-21T09:59:00Z' }));
    expect(store.spools[0]?.remainingGrams).toBe(800);

    store.applySpoolUpdated(aSpool({ id: 's1', remainingGrams: 760, updatedAt: '2026-11-21T10:01:00Z' }));
    expect(store.spools[0]?.remainingGrams).toBe(760);
  });

  it('adds a material.low_stock event to the warnings and drops it when the material is no longer low', async () => {
    materialsServer([aMaterial({ id: 'm-1' })], []);
    const store = useMaterialsStore();
    await store.load();

    store.applyMaterialLowStock(aMaterial({ id: 'm-1', lowStock: true, stockGrams: 120, updatedAt: '2026-11-21T10:00:00Z' }));
    expect(store.lowStock.map((m) => m.stockGrams)).toEqual([120]);
    expect(store.materials[0]?.lowStock).toBe(true);

    store.upsertMaterial(aMaterial({ id: 'm-1', lowStock: false, stockGrams: 1120, updatedAt: '2026-11-21T10:05:00Z' }));
    expect(store.lowStock).toEqual([]);
  });
});
