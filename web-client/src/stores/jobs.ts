import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { jobsApi, type Job, type JobCategory, type JobDetail, type JobListQuery, type JobPatch } from '@/api/jobs';
import { isApiError } from '@/api/http';

function messageOf(error: unknown, fallback: string): string {
  return isApiError(error) ? error.userMessage : fallback;
}

export interface BulkResult {
  succeeded: string[];
  failed: { id: string; message: string }[];
}

/**
 * Job history: the current page of `GET /api/v1/jobs`, the job opened in the detail view, and live
 * `job.updated` events from the event stream applied to both.
 */
export const useJobsStore = defineStore('jobs', () => {
  const items = ref<Job[]>([]);
  const totalCount = ref(0);
  const page = ref(1);
  const pageSize = ref(50);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);
  /** The query of the list on screen (reused to reload it after a reconnect). */
  const query = ref<JobListQuery | null>(null);
  /** A job the list does not show was reported (started, or changed elsewhere): the list may be out of date. */
  const outdated = ref(false);
  /** The jobs page's URL query (filters, sort, page), so "back to the list" returns to the same list. */
  const listRouteQuery = ref<Record<string, string>>({});

  const detail = ref<JobDetail | null>(null);
  const detailLoading = ref(false);
  const detailError = ref<string | null>(null);

  /** Ids with a category change on its way to the server. */
  const pendingCategory = ref<Record<string, JobCategory>>({});
  /** The job whose last category change the server refused for want of a correction reason (its cost is frozen). */
  const reasonRequiredFor = ref<string | null>(null);
  /** Last failed user action (category toggle), for the page to show. */
  const actionError = ref<string | null>(null);

  const pageCount = computed(() => Math.max(1, Math.ceil(totalCount.value / Math.max(1, pageSize.value))));

  let listAbort: AbortController | null = null;

  async function load(next: JobListQuery): Promise<void> {
    listAbort?.abort();
    const abort = new AbortController();
    listAbort = abort;
    query.value = { ...next };
    loading.value = true;
    loadError.value = null;
    try {
      const result = await jobsApi.list(next, abort.signal);
      if (abort.signal.aborted) return;
      items.value = result.items.map((job) => withPendingCategory(job));
      totalCount.value = result.totalCount;
      page.value = result.page;
      pageSize.value = result.pageSize;
      loaded.value = true;
      outdated.value = false;
    } catch (error) {
      if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      loadError.value = messageOf(error, 'The jobs could not be loaded.');
    } finally {
      if (listAbort === abort) {
        loading.value = false;
        listAbort = null;
      }
    }
  }

  /** Loads the list again with the same query (after a reconnect or when it is outdated). */
  async function reload(): Promise<void> {
    if (query.value) await load(query.value);
  }

  async function loadDetail(id: string): Promise<void> {
    if (detail.value?.job.id !== id) detail.value = null;
    detailLoading.value = true;
    detailError.value = null;
    try {
      const result = await jobsApi.get(id);
      detail.value = { ...result, job: withPendingCategory(result.job) };
    } catch (error) {
      detailError.value =
        isApiError(error) && error.status === 404 ? 'This job does not exist (any more).' : messageOf(error, 'The job could not be loaded.');
    } finally {
      detailLoading.value = false;
    }
  }

  function withPendingCategory(job: Job): Job {
    const pending = pendingCategory.value[job.id];
    return pending && pending !== job.category ? { ...job, category: pending } : job;
  }

  /** Puts a job's new state wherever it is shown. */
  function put(job: Job): boolean {
    let shown = false;
    const index = items.value.findIndex((j) => j.id === job.id);
    if (index >= 0) {
      items.value.splice(index, 1, job);
      shown = true;
    }
    if (detail.value?.job.id === job.id) {
      detail.value = { ...detail.value, job };
      shown = true;
    }
    return shown;
  }

  /** A `job.updated` event: replaces the job in the list and the detail; a job not on screen marks the list outdated. */
  function applyUpdate(job: Job): void {
    const previousStatus = detail.value?.job.id === job.id ? detail.value.job.status : null;
    const inList = items.value.some((j) => j.id === job.id);
    put(withPendingCategory(job));
    if (!inList && loaded.value) outdated.value = true;
    // A job that no longer matches the list's status/category filter leaves it on the next reload.
    if (inList && ((query.value?.status && query.value.status !== job.status) || (query.value?.category && query.value.category !== job.category))) {
      outdated.value = true;
    }
    // A new status adds a timeline entry: fetch it (best effort).
    if (previousStatus !== null && previousStatus !== job.status) void refreshTimeline(job.id);
  }

  async function refreshTimeline(id: string): Promise<void> {
    try {
      const result = await jobsApi.get(id);
      if (detail.value?.job.id === id) detail.value = { ...result, job: withPendingCategory(result.job) };
    } catch {
      // The next event or a reload shows it.
    }
  }

  function find(id: string): Job | undefined {
    if (detail.value?.job.id === id) return detail.value.job;
    return items.value.find((j) => j.id === id);
  }

  /**
   * Sets a job's category at once (optimistic) and sends it; on failure the previous category comes back
   * and `actionError` says why. Returns whether the server accepted it.
   */
  async function setCategory(id: string, category: JobCategory, reason?: string): Promise<boolean> {
    const current = find(id);
    if (!current) return false;
    const previous = current.category;
    if (previous === category && !(id in pendingCategory.value)) return true;
    actionError.value = null;
    if (reasonRequiredFor.value === id) reasonRequiredFor.value = null;
    pendingCategory.value = { ...pendingCategory.value, [id]: category };
    put({ ...current, category });
    try {
      const saved = await jobsApi.update(id, reason ? { category, reason } : { category });
      clearPending(id, category);
      put(withPendingCategory(saved));
      // A correction of a frozen job shows in its timeline at once.
      if (detail.value?.job.id === id) void refreshTimeline(id);
      return true;
    } catch (error) {
      if (clearPending(id, category)) {
        const now = find(id);
        if (now) put({ ...now, category: previous });
      }
      // The job's cost was frozen meanwhile (the list did not know yet): the page asks for a reason instead of failing.
      if (!reason && isApiError(error) && error.fieldErrors.reason) {
        reasonRequiredFor.value = id;
        return false;
      }
      actionError.value = `${current.name}: ${messageOf(error, 'the category could not be changed.')}`;
      return false;
    }
  }

  /** Clears the pending marker if it is still this request's; false when a newer toggle replaced it. */
  function clearPending(id: string, category: JobCategory): boolean {
    if (pendingCategory.value[id] !== category) return false;
    const next = { ...pendingCategory.value };
    delete next[id];
    pendingCategory.value = next;
    return true;
  }

  /** Categorizes many jobs (one PATCH each, a few at a time); each failure is rolled back on its own. */
  async function setCategoryMany(ids: readonly string[], category: JobCategory, reason?: string, concurrency = 4): Promise<BulkResult> {
    const result: BulkResult = { succeeded: [], failed: [] };
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const ok = await setCategory(id, category, reason);
        if (ok) result.succeeded.push(id);
        else result.failed.push({ id, message: actionError.value ?? 'Failed.' });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
    if (result.failed.length > 1) {
      actionError.value = `${result.failed.length} of ${ids.length} jobs could not be changed. ${result.failed[0]?.message ?? ''}`.trim();
    }
    return result;
  }

  /** Saves notes / material used (not optimistic: the form shows the error and keeps the input). */
  async function update(id: string, patch: JobPatch): Promise<Job> {
    const saved = await jobsApi.update(id, patch);
    put(withPendingCategory(saved));
    if (detail.value?.job.id === id) void refreshTimeline(id);
    return saved;
  }

  function dismissActionError(): void {
    actionError.value = null;
  }

  function reset(): void {
    listAbort?.abort();
    listAbort = null;
    items.value = [];
    totalCount.value = 0;
    loaded.value = false;
    loadError.value = null;
    query.value = null;
    outdated.value = false;
    detail.value = null;
    detailError.value = null;
    pendingCategory.value = {};
    actionError.value = null;
  }

  return {
    reasonRequiredFor,
    items,
    totalCount,
    page,
    pageSize,
    pageCount,
    loading,
    loaded,
    loadError,
    query,
    outdated,
    listRouteQuery,
    detail,
    detailLoading,
    detailError,
    pendingCategory,
    actionError,
    load,
    reload,
    loadDetail,
    applyUpdate,
    setCategory,
    setCategoryMany,
    update,
    dismissActionError,
    reset,
  };
});
