// The jobs page's filters, sorting and paging: one model that maps to the Api query and to the page URL
// (so a filtered list can be bookmarked, reloaded and shared).
import type { JobCategory, JobListQuery, JobStatus } from '@/api/jobs';

export const jobStatuses: readonly JobStatus[] = ['printing', 'paused', 'completed', 'failed', 'cancelled', 'interrupted'];
export const jobCategories: readonly JobCategory[] = ['unassigned', 'business', 'private'];
export const sortFields = ['startedAt', 'endedAt', 'name', 'status', 'printerName', 'actualSeconds'] as const;
export type JobSortField = (typeof sortFields)[number];

export const defaultPageSize = 25;
export const pageSizes: readonly number[] = [25, 50, 100];

export interface JobFilters {
  printerId: string;
  status: JobStatus | '';
  category: JobCategory | '';
  /** Berlin-local dates `yyyy-MM-dd` (what `<input type="date">` gives), `to` inclusive. */
  from: string;
  to: string;
  search: string;
  sortField: JobSortField;
  descending: boolean;
  page: number;
  pageSize: number;
}

export function defaultFilters(): JobFilters {
  return { printerId: '', status: '', category: '', from: '', to: '', search: '', sortField: 'startedAt', descending: true, page: 1, pageSize: defaultPageSize };
}

export function sortParam(filters: Pick<JobFilters, 'sortField' | 'descending'>): string {
  return `${filters.descending ? '-' : ''}${filters.sortField}`;
}

/** Clicking a column: a new column sorts descending for times/durations, ascending for text; the same column flips. */
export function toggleSort(filters: JobFilters, field: JobSortField): JobFilters {
  if (filters.sortField === field) return { ...filters, descending: !filters.descending, page: 1 };
  const descendingFirst = field === 'startedAt' || field === 'endedAt' || field === 'actualSeconds';
  return { ...filters, sortField: field, descending: descendingFirst, page: 1 };
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The Api query: empty filters are left out. */
export function toApiQuery(filters: JobFilters): JobListQuery {
  const query: JobListQuery = { page: filters.page, pageSize: filters.pageSize, sort: sortParam(filters) };
  if (filters.printerId) query.printerId = filters.printerId;
  if (filters.status) query.status = filters.status;
  if (filters.category) query.category = filters.category;
  if (datePattern.test(filters.from)) query.from = filters.from;
  if (datePattern.test(filters.to)) query.to = filters.to;
  const search = filters.search.trim();
  if (search) query.search = search;
  return query;
}

/** The page URL's query: only what differs from the defaults, so a plain /jobs stays plain. */
export function toRouteQuery(filters: JobFilters): Record<string, string> {
  const defaults = defaultFilters();
  const query: Record<string, string> = {};
  if (filters.printerId) query.printer = filters.printerId;
  if (filters.status) query.status = filters.status;
  if (filters.category) query.category = filters.category;
  if (datePattern.test(filters.from)) query.from = filters.from;
  if (datePattern.test(filters.to)) query.to = filters.to;
  if (filters.search.trim()) query.q = filters.search.trim();
  if (filters.sortField !== defaults.sortField || filters.descending !== defaults.descending) query.sort = sortParam(filters);
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== defaults.pageSize) query.size = String(filters.pageSize);
  return query;
}

type RouteQueryValue = string | null | (string | null)[] | undefined;

function first(value: RouteQueryValue): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : '';
}

function positiveInt(value: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads the filters back from the page URL; anything unknown or malformed falls back to the default. */
export function fromRouteQuery(query: Record<string, RouteQueryValue>): JobFilters {
  const filters = defaultFilters();
  filters.printerId = first(query.printer);
  const status = first(query.status);
  if (isOneOf(jobStatuses, status)) filters.status = status;
  const category = first(query.category);
  if (isOneOf(jobCategories, category)) filters.category = category;
  const from = first(query.from);
  if (datePattern.test(from)) filters.from = from;
  const to = first(query.to);
  if (datePattern.test(to)) filters.to = to;
  filters.search = first(query.q);
  const sort = first(query.sort);
  const field = sort.replace(/^-/, '');
  if (isOneOf(sortFields, field)) {
    filters.sortField = field;
    filters.descending = sort.startsWith('-');
  }
  filters.page = positiveInt(first(query.page), 1);
  filters.pageSize = positiveInt(first(query.size), defaultPageSize, 500);
  return filters;
}

/** True when any filter (not sorting or paging) narrows the list. */
export function hasActiveFilters(filters: JobFilters): boolean {
  return !!(filters.printerId || filters.status || filters.category || filters.from || filters.to || filters.search.trim());
}
