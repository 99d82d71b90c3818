import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { isApiError } from '@/api/http';
import {
  materialsApi,
  spoolsApi,
  type Consumption,
  type Material,
  type MaterialWrite,
  type Spool,
  type SpoolCreate,
  type SpoolUpdate,
} from '@/api/materials';

function byTypeBrand(a: Material, b: Material): number {
  return (
    a.type.localeCompare(b.type, undefined, { sensitivity: 'base' }) ||
    a.brand.localeCompare(b.brand, undefined, { sensitivity: 'base' }) ||
    (a.colorName ?? '').localeCompare(b.colorName ?? '', undefined, { sensitivity: 'base' })
  );
}

function isNewer(next: { updatedAt: string }, current: { updatedAt: string } | undefined): boolean {
  if (!current) return true;
  const a = Date.parse(next.updatedAt);
  const b = Date.parse(current.updatedAt);
  return Number.isNaN(a) || Number.isNaN(b) || a >= b;
}

/** The body of a spool PUT that keeps everything of `spool` except `changes`. */
export function spoolUpdateFrom(spool: Spool, changes: Partial<SpoolUpdate> = {}): SpoolUpdate {
  return {
    initialGrams: spool.initialGrams,
    remainingGrams: spool.remainingGrams,
    lot: spool.lot,
    location: spool.location,
    openedAt: spool.openedAt,
    archived: spool.archived,
    ...changes,
  };
}

/** Materials, spools and the low-stock warnings (live through spool.updated, spool.needs_recount, material.low_stock). */
export const useMaterialsStore = defineStore('materials', () => {
  const materials = ref<Material[]>([]);
  const spools = ref<Spool[]>([]);
  const lowStock = ref<Material[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);
  const showArchived = ref(false);
  /** Spool ids that went below zero since the page was opened (also visible as spool.needsRecount). */
  const recountAlerts = ref<string[]>([]);

  const sortedMaterials = computed(() => [...materials.value].sort(byTypeBrand));
  const materialById = computed(() => new Map(materials.value.map((m) => [m.id, m])));
  const visibleSpools = computed(() => spools.value.filter((s) => showArchived.value || !s.archived));

  function upsertMaterial(material: Material): void {
    const index = materials.value.findIndex((m) => m.id === material.id);
    if (index >= 0) {
      if (!isNewer(material, materials.value[index])) return;
      materials.value.splice(index, 1, material);
    } else if (loaded.value) {
      materials.value.push(material);
    }
    applyLowStockFlag(material);
  }

  function applyLowStockFlag(material: Material): void {
    const rest = lowStock.value.filter((m) => m.id !== material.id);
    lowStock.value = material.lowStock ? [...rest, material] : rest;
  }

  function upsertSpool(spool: Spool): void {
    const index = spools.value.findIndex((s) => s.id === spool.id);
    if (index >= 0) {
      if (!isNewer(spool, spools.value[index])) return;
      spools.value.splice(index, 1, spool);
    } else {
      spools.value.push(spool);
    }
    if (!spool.needsRecount) recountAlerts.value = recountAlerts.value.filter((id) => id !== spool.id);
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const [materialList, spoolPage] = await Promise.all([
        materialsApi.list(),
        spoolsApi.list({ pageSize: 500, archived: showArchived.value ? undefined : false }),
      ]);
      materials.value = materialList;
      spools.value = spoolPage.items;
      lowStock.value = materialList.filter((m) => m.lowStock);
      loaded.value = true;
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The materials could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  async function setShowArchived(value: boolean): Promise<void> {
    showArchived.value = value;
    if (value) {
      const page = await spoolsApi.list({ pageSize: 500 });
      for (const spool of page.items) upsertSpool(spool);
    }
  }

  async function loadLowStock(): Promise<void> {
    lowStock.value = await materialsApi.lowStock();
  }

  /** Material stock is computed by the server from its spools: refetch after a spool changed. */
  async function refreshMaterials(): Promise<void> {
    if (!loaded.value) return;
    try {
      for (const material of await materialsApi.list()) upsertMaterial(material);
    } catch {
      // Stays as it was until the next change.
    }
  }

  async function createMaterial(write: MaterialWrite): Promise<Material> {
    const created = await materialsApi.create(write);
    upsertMaterial(created);
    if (!materials.value.some((m) => m.id === created.id)) materials.value.push(created);
    return created;
  }

  async function updateMaterial(id: string, write: MaterialWrite): Promise<Material> {
    const updated = await materialsApi.update(id, write);
    upsertMaterial(updated);
    return updated;
  }

  async function removeMaterial(id: string): Promise<void> {
    try {
      await materialsApi.remove(id);
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
    materials.value = materials.value.filter((m) => m.id !== id);
    lowStock.value = lowStock.value.filter((m) => m.id !== id);
  }

  async function createSpool(write: SpoolCreate): Promise<Spool> {
    const created = await spoolsApi.create(write);
    upsertSpool(created);
    void refreshMaterials();
    return created;
  }

  async function updateSpool(id: string, write: SpoolUpdate): Promise<Spool> {
    const updated = await spoolsApi.update(id, write);
    upsertSpool(updated);
    void refreshMaterials();
    return updated;
  }

  /** Sets the counted remaining grams (books a correction and clears "needs recount"). */
  function recount(spool: Spool, remainingGrams: number): Promise<Spool> {
    return updateSpool(spool.id, spoolUpdateFrom(spool, { remainingGrams }));
  }

  function archive(spool: Spool, archived = true): Promise<Spool> {
    return updateSpool(spool.id, spoolUpdateFrom(spool, { archived }));
  }

  async function loadIntoPrinter(spool: Spool, printerId: string, slotId: string): Promise<Spool> {
    const updated = await spoolsApi.load(spool.id, printerId, slotId);
    upsertSpool(updated);
    // A spool that was in that slot before is unloaded by the server.
    for (const other of spools.value) {
      if (other.id !== updated.id && other.printerId === printerId && other.slotId === slotId) {
        upsertSpool({ ...other, printerId: null, slotId: null });
      }
    }
    return updated;
  }

  async function unload(spool: Spool): Promise<Spool> {
    const updated = await spoolsApi.unload(spool.id);
    upsertSpool(updated);
    return updated;
  }

  function consumptions(id: string): Promise<Consumption[]> {
    return spoolsApi.consumptions(id);
  }

  // SSE handlers
  function applySpoolUpdated(spool: Spool): void {
    upsertSpool(spool);
    void refreshMaterials();
  }

  function applyNeedsRecount(spool: Spool): void {
    upsertSpool(spool);
    if (!recountAlerts.value.includes(spool.id)) recountAlerts.value = [...recountAlerts.value, spool.id];
  }

  function applyMaterialLowStock(material: Material): void {
    upsertMaterial(material);
    applyLowStockFlag(material);
  }

  function reset(): void {
    materials.value = [];
    spools.value = [];
    lowStock.value = [];
    recountAlerts.value = [];
    loaded.value = false;
    loadError.value = null;
  }

  return {
    materials,
    spools,
    lowStock,
    loading,
    loaded,
    loadError,
    showArchived,
    recountAlerts,
    sortedMaterials,
    materialById,
    visibleSpools,
    load,
    setShowArchived,
    loadLowStock,
    refreshMaterials,
    createMaterial,
    updateMaterial,
    removeMaterial,
    createSpool,
    updateSpool,
    recount,
    archive,
    loadIntoPrinter,
    unload,
    consumptions,
    upsertMaterial,
    upsertSpool,
    applySpoolUpdated,
    applyNeedsRecount,
    applyMaterialLowStock,
    reset,
  };
});
