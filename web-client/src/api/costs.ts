import { download, http, type DownloadedFile } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type CostSettings = JsonResponse<'/api/v1/settings/costs', 'get', 200>;
export type CostSettingsWrite = JsonRequest<'/api/v1/settings/costs', 'put'>;
export type DatevSettings = JsonResponse<'/api/v1/settings/datev', 'get', 200>;
export type DatevSettingsWrite = JsonRequest<'/api/v1/settings/datev', 'put'>;
export type JobCostVersion = JsonResponse<'/api/v1/jobs/{id}/cost/versions', 'get', 200>[number];
export type JobDetail = JsonResponse<'/api/v1/jobs/{id}', 'get', 200>;
export type JobCost = NonNullable<JobDetail['job']['cost']>;

export type AnalyticsSummary = JsonResponse<'/api/v1/analytics/summary', 'get', 200>;
export type PrinterAnalytics = JsonResponse<'/api/v1/analytics/by-printer', 'get', 200>[number];
export type MaterialAnalytics = JsonResponse<'/api/v1/analytics/by-material', 'get', 200>[number];
export type MonthAnalytics = JsonResponse<'/api/v1/analytics/by-month', 'get', 200>[number];
export type JobCategory = AnalyticsSummary['byCategory'][number]['category'];

/** Query of the analytics and export endpoints: Berlin dates `yyyy-MM-dd`, both inclusive. */
export interface PeriodFilter {
  from: string;
  to: string;
  category?: JobCategory | '';
  printerId?: string;
}

function query(filter: PeriodFilter): Record<string, string | undefined> {
  return { from: filter.from, to: filter.to, category: filter.category || undefined, printerId: filter.printerId || undefined };
}

const job = (id: string) => `jobs/${encodeURIComponent(id)}`;

export const costsApi = {
  settings: () => http.get<CostSettings>('settings/costs'),
  saveSettings: (body: CostSettingsWrite) => http.put<CostSettings>('settings/costs', body),
  datev: () => http.get<DatevSettings>('settings/datev'),
  saveDatev: (body: DatevSettingsWrite) => http.put<DatevSettings>('settings/datev', body),
  job: (id: string) => http.get<JobDetail>(job(id)),
  versions: (id: string) => http.get<JobCostVersion[]>(`${job(id)}/cost/versions`),
  recalculate: (id: string, reason: string) => http.post<JobCostVersion>(`${job(id)}/cost/recalculate`, { reason }),
};

export const analyticsApi = {
  summary: (filter: PeriodFilter) => http.get<AnalyticsSummary>('analytics/summary', { query: query(filter) }),
  byPrinter: (filter: PeriodFilter) => http.get<PrinterAnalytics[]>('analytics/by-printer', { query: query(filter) }),
  byMaterial: (filter: PeriodFilter) => http.get<MaterialAnalytics[]>('analytics/by-material', { query: query(filter) }),
  byMonth: (filter: PeriodFilter) => http.get<MonthAnalytics[]>('analytics/by-month', { query: query(filter) }),
};

export type ExportFormat = 'xlsx' | 'csv' | 'datev';

export const exportsApi = {
  /** The export as a file; a 422 of DATEV (settings incomplete) arrives as ApiError with field errors. */
  download: (format: ExportFormat, filter: PeriodFilter): Promise<DownloadedFile> =>
    format === 'datev'
      ? download('exports/datev', { from: filter.from, to: filter.to }, `EXTF_Buchungsstapel_${filter.from}_${filter.to}.csv`)
      : download('exports/jobs', { ...query(filter), format }, `printernizer-jobs_${filter.from}_${filter.to}.${format}`),
};
