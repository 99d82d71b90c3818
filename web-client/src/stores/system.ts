import { ref } from 'vue';
import { defineStore } from 'pinia';
import { healthApi, type Health } from '@/api/health';

/** Server facts shown in the app frame (version, database state). */
export const useSystemStore = defineStore('system', () => {
  const health = ref<Health | null>(null);
  const reachable = ref<boolean | null>(null);

  async function refresh(): Promise<void> {
    try {
      health.value = await healthApi.get();
      reachable.value = true;
    } catch {
      reachable.value = false;
    }
  }

  return { health, reachable, refresh };
});
