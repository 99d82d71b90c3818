import { ref } from 'vue';
import { defineStore } from 'pinia';
import { apiKeysApi, type ApiKey, type CreateApiKey, type CreatedApiKey } from '@/api/apiKeys';
import { isApiError } from '@/api/http';

export const useApiKeysStore = defineStore('apiKeys', () => {
  const items = ref<ApiKey[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      items.value = await apiKeysApi.list();
      loaded.value = true;
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The API keys could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  /** Creates a key and lists it (without the secret, which only the returned value carries). */
  async function create(body: CreateApiKey): Promise<CreatedApiKey> {
    const created = await apiKeysApi.create(body);
    try {
      await load();
    } catch {
      // The key exists; the list refreshes on the next visit.
    }
    return created;
  }

  async function revoke(id: string): Promise<void> {
    try {
      await apiKeysApi.revoke(id);
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
    items.value = items.value.filter((k) => k.id !== id);
  }

  return { items, loading, loaded, loadError, load, create, revoke };
});
