import { ref } from 'vue';
import { defineStore } from 'pinia';
import { costsApi, type CostSettings, type CostSettingsWrite, type DatevSettings, type DatevSettingsWrite, type JobCostVersion, type JobDetail } from '@/api/costs';

/** Cost and DATEV settings, and the cost revisions of a job. */
export const useCostsStore = defineStore('costs', () => {
  const settings = ref<CostSettings | null>(null);
  const datev = ref<DatevSettings | null>(null);

  async function loadSettings(): Promise<void> {
    const [s, d] = await Promise.all([costsApi.settings(), costsApi.datev()]);
    settings.value = s;
    datev.value = d;
  }

  async function saveSettings(body: CostSettingsWrite): Promise<CostSettings> {
    settings.value = await costsApi.saveSettings(body);
    return settings.value;
  }

  async function saveDatev(body: DatevSettingsWrite): Promise<DatevSettings> {
    datev.value = await costsApi.saveDatev(body);
    return datev.value;
  }

  async function loadJob(id: string): Promise<{ detail: JobDetail; versions: JobCostVersion[] }> {
    const [detail, versions] = await Promise.all([costsApi.job(id), costsApi.versions(id)]);
    return { detail, versions };
  }

  function recalculate(id: string, reason: string): Promise<JobCostVersion> {
    return costsApi.recalculate(id, reason);
  }

  return { settings, datev, loadSettings, saveSettings, saveDatev, loadJob, recalculate };
});
