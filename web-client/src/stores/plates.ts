import { ref } from 'vue';
import { defineStore } from 'pinia';
import { queueApi, type PlateEvent } from '@/api/queue';

/** Per printer: was the plate confirmed cleared since its last job (the queue dispatches only then)? */
export const usePlatesStore = defineStore('plates', () => {
  /** printerId -> cleared; a printer missing here is unknown (no button shown). */
  const cleared = ref<Record<string, boolean>>({});
  const loaded = ref(false);

  async function load(): Promise<void> {
    const states = await queueApi.plates();
    const map: Record<string, boolean> = {};
    for (const state of states) map[state.printerId] = state.cleared;
    cleared.value = map;
    loaded.value = true;
  }

  /** SSE `printer.plate` and the answer of POST plate-cleared. */
  function apply(state: PlateEvent): void {
    cleared.value = { ...cleared.value, [state.printerId]: state.isCleared };
  }

  async function markCleared(printerId: string): Promise<void> {
    apply(await queueApi.plateCleared(printerId));
  }

  return { cleared, loaded, load, apply, markCleared };
});
