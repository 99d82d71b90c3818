import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { printersApi, type ConnectionTestResult, type Printer, type PrinterControlAction, type PrinterWrite } from '@/api/printers';
import { isApiError } from '@/api/http';

function byName(a: Printer, b: Printer): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
}

export const usePrintersStore = defineStore('printers', () => {
  const items = ref<Printer[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);

  const sorted = computed(() => [...items.value].sort(byName));
  const byId = computed(() => new Map(items.value.map((p) => [p.id, p])));

  function upsert(printer: Printer): void {
    const index = items.value.findIndex((p) => p.id === printer.id);
    if (index >= 0) items.value.splice(index, 1, printer);
    else items.value.push(printer);
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      items.value = await printersApi.list();
      loaded.value = true;
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The printers could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  async function create(write: PrinterWrite): Promise<Printer> {
    const created = await printersApi.create(write);
    upsert(created);
    return created;
  }

  async function update(id: string, write: PrinterWrite): Promise<Printer> {
    const updated = await printersApi.update(id, write);
    upsert(updated);
    return updated;
  }

  async function remove(id: string): Promise<void> {
    try {
      await printersApi.remove(id);
    } catch (error) {
      // Already gone on the server: the user's intent is fulfilled.
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
    items.value = items.value.filter((p) => p.id !== id);
  }

  /** Asks the Api to reach the printer with its stored settings; a failed call becomes a failed result. */
  async function testConnection(id: string): Promise<ConnectionTestResult> {
    try {
      return await printersApi.testConnection(id);
    } catch (error) {
      if (!isApiError(error)) throw error;
      return { ok: false, message: error.userMessage, details: {} };
    }
  }

  /** Sends pause/resume/stop; throws the ApiError (409/502/503) for the caller to show. The new state arrives over SSE. */
  async function control(id: string, action: PrinterControlAction): Promise<void> {
    await printersApi.control(id, action);
  }

  /** Forgets the pinned certificate; the next connection pins the printer's current one. */
  async function repinCertificate(id: string): Promise<Printer> {
    const updated = await printersApi.repinCertificate(id);
    upsert(updated);
    return updated;
  }

  /** Drops a printer that was removed elsewhere (SSE printer.removed). */
  function forget(id: string): void {
    items.value = items.value.filter((p) => p.id !== id);
  }

  function reset(): void {
    items.value = [];
    loaded.value = false;
    loadError.value = null;
  }

  return { items, sorted, byId, loading, loaded, loadError, load, create, update, remove, upsert, forget, testConnection, control, repinCertificate, reset };
});
