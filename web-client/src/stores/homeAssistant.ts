import { ref } from 'vue';
import { defineStore } from 'pinia';
import {
  homeAssistantApi,
  type HomeAssistantSettings,
  type HomeAssistantSettingsWrite,
  type HomeAssistantTestResult,
} from '@/api/homeAssistant';
import { isApiError } from '@/api/http';

export const useHomeAssistantStore = defineStore('homeAssistant', () => {
  const settings = ref<HomeAssistantSettings | null>(null);
  const loading = ref(false);
  const loadError = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      settings.value = await homeAssistantApi.get();
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The Home Assistant settings could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  /** Saves and returns the stored settings (the publisher reconnects with them). */
  async function save(body: HomeAssistantSettingsWrite): Promise<HomeAssistantSettings> {
    const saved = await homeAssistantApi.update(body);
    settings.value = saved;
    return saved;
  }

  function test(body: HomeAssistantSettingsWrite): Promise<HomeAssistantTestResult> {
    return homeAssistantApi.test(body);
  }

  return { settings, loading, loadError, load, save, test };
});
