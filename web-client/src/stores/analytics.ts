import { ref } from 'vue';
import { defineStore } from 'pinia';
import {
  analyticsApi,
  exportsApi,
  type AnalyticsSummary,
  type ExportFormat,
  type MaterialAnalytics,
  type MonthAnalytics,
  type PeriodFilter,
  type PrinterAnalytics,
} from '@/api/costs';
import type { DownloadedFile } from '@/api/http';
import { isApiError } from '@/api/http';

/** Analytics of one period (summary and breakdowns, loaded together) and the export downloads. */
export const useAnalyticsStore = defineStore('analytics', () => {
  const summary = ref<AnalyticsSummary | null>(null);
  const byPrinter = ref<PrinterAnalytics[]>([]);
  const byMaterial = ref<MaterialAnalytics[]>([]);
  const byMonth = ref<MonthAnalytics[]>([]);
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  let generation = 0;

  async function load(filter: PeriodFilter): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    loadError.value = null;
    try {
      const [s, p, m, mo] = await Promise.all([
        analyticsApi.summary(filter),
        analyticsApi.byPrinter(filter),
        analyticsApi.byMaterial(filter),
        analyticsApi.byMonth(filter),
      ]);
      if (mine !== generation) return; // a newer period was requested meanwhile
      summary.value = s;
      byPrinter.value = p;
      byMaterial.value = m;
      byMonth.value = mo;
    } catch (error) {
      if (mine === generation) loadError.value = isApiError(error) ? error.userMessage : 'The analytics could not be loaded.';
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function exportFile(format: ExportFormat, filter: PeriodFilter): Promise<DownloadedFile> {
    return exportsApi.download(format, filter);
  }

  return { summary, byPrinter, byMaterial, byMonth, loading, loadError, load, exportFile };
});
