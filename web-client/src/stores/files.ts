import { computed, reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { filesApi, type DownloadProgress, type FileDeleteScope, type FileItem, type FileListQuery, type FilePreview, type FileStatistics } from '@/api/files';
import { isApiError } from '@/api/http';

export interface FileFilters {
  printerId: string;
  status: string;
  type: string;
  search: string;
}

export interface BulkResult {
  ok: number;
  failed: { name: string; message: string }[];
}

function message(error: unknown, fallback: string): string {
  return isApiError(error) ? error.userMessage : fallback;
}

/** Keeps what `file.updated` events from other features do not carry (metadata, thumbnail) when the content is the same. */
export function mergeFile(previous: FileItem | undefined, next: FileItem): FileItem {
  if (!previous) return next;
  const sameContent = previous.sha256 === next.sha256;
  return {
    ...next,
    metadata: next.metadata ?? (sameContent ? previous.metadata : null),
    hasThumbnail: next.hasThumbnail || (sameContent && previous.hasThumbnail && next.metadata === null),
  };
}

/** The Files page: one page of the combined list, filters, selection, live download progress, statistics. */
export const useFilesStore = defineStore('files', () => {
  const items = ref<FileItem[]>([]);
  const totalCount = ref(0);
  const page = ref(1);
  const pageSize = ref(50);
  const sort = ref('-modifiedAt');
  const filters = reactive<FileFilters>({ printerId: '', status: '', type: '', search: '' });
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  const selected = ref<Set<string>>(new Set());
  const progress = ref<Record<string, DownloadProgress>>({});
  const statistics = ref<FileStatistics | null>(null);

  const pageCount = computed(() => Math.max(1, Math.ceil(totalCount.value / pageSize.value)));
  const selectedItems = computed(() => items.value.filter((f) => selected.value.has(f.id)));
  const allSelected = computed(() => items.value.length > 0 && items.value.every((f) => selected.value.has(f.id)));

  function query(): FileListQuery {
    return {
      printerId: filters.printerId || undefined,
      status: filters.status || undefined,
      type: filters.type || undefined,
      search: filters.search.trim() || undefined,
      page: page.value,
      pageSize: pageSize.value,
      sort: sort.value,
    };
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const result = await filesApi.list(query());
      items.value = result.items;
      totalCount.value = result.totalCount;
      const visible = new Set(result.items.map((f) => f.id));
      selected.value = new Set([...selected.value].filter((id) => visible.has(id)));
    } catch (error) {
      loadError.value = message(error, 'The files could not be loaded.');
    } finally {
      loading.value = false;
    }
  }

  async function loadStatistics(): Promise<void> {
    try {
      statistics.value = await filesApi.statistics();
    } catch {
      statistics.value = null;
    }
  }

  function setPage(value: number): Promise<void> {
    page.value = Math.min(Math.max(1, value), pageCount.value);
    return load();
  }

  function setSort(field: string): Promise<void> {
    sort.value = sort.value === field ? `-${field}` : sort.value === `-${field}` ? field : field === 'name' ? field : `-${field}`;
    page.value = 1;
    return load();
  }

  function applyFilters(): Promise<void> {
    page.value = 1;
    return load();
  }

  function toggle(id: string): void {
    const next = new Set(selected.value);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    selected.value = next;
  }

  function toggleAll(): void {
    selected.value = allSelected.value ? new Set() : new Set(items.value.map((f) => f.id));
  }

  /** SSE `file.updated`: replaces a row shown on this page (new rows appear on the next load). */
  function applyFileUpdated(file: FileItem): void {
    const index = items.value.findIndex((f) => f.id === file.id);
    if (index >= 0) items.value.splice(index, 1, mergeFile(items.value[index], file));
    if (file.status !== 'downloading' && progress.value[file.id]) {
      const { [file.id]: _done, ...rest } = progress.value;
      progress.value = rest;
    }
  }

  function applyFileRemoved(id: string): void {
    const index = items.value.findIndex((f) => f.id === id);
    if (index >= 0) {
      items.value.splice(index, 1);
      totalCount.value = Math.max(0, totalCount.value - 1);
    }
  }

  /** SSE `download.progress`. */
  function applyProgress(update: DownloadProgress): void {
    progress.value = { ...progress.value, [update.fileId]: update };
    const row = items.value.find((f) => f.id === update.fileId);
    if (row && row.status !== 'downloading' && update.bytes < update.total) row.status = 'downloading';
  }

  async function download(ids: string[]): Promise<void> {
    if (ids.length === 1) await filesApi.download(ids[0]!);
    else await filesApi.downloadMany(ids);
    for (const id of ids) {
      const row = items.value.find((f) => f.id === id);
      if (row) row.status = 'downloading';
    }
  }

  async function remove(files: FileItem[], scope: FileDeleteScope): Promise<BulkResult> {
    const result: BulkResult = { ok: 0, failed: [] };
    for (const file of files) {
      try {
        await filesApi.remove(file.id, scope);
        result.ok++;
      } catch (error) {
        result.failed.push({ name: file.name, message: message(error, 'Could not delete.') });
      }
    }
    selected.value = new Set();
    await Promise.all([load(), loadStatistics()]);
    return result;
  }

  async function upload(files: File[]): Promise<BulkResult> {
    const result: BulkResult = { ok: 0, failed: [] };
    for (const file of files) {
      try {
        await filesApi.upload(file);
        result.ok++;
      } catch (error) {
        result.failed.push({ name: file.name, message: message(error, 'The upload failed.') });
      }
    }
    await Promise.all([load(), loadStatistics()]);
    return result;
  }

  async function sync(): Promise<string> {
    const result = await filesApi.sync();
    await Promise.all([load(), loadStatistics()]);
    const failed = result.printers.filter((p) => !p.ok);
    return failed.length === 0
      ? `Synced ${result.printers.length} printer(s).`
      : `Synced with problems: ${failed.map((p) => `${p.printerName ?? p.printerId}: ${p.error ?? 'failed'}`).join('; ')}`;
  }

  /** What the viewer shows, with the content for meshes and G-code. */
  async function loadPreview(id: string): Promise<{ preview: FilePreview; data: ArrayBuffer | null }> {
    try {
      const preview = await filesApi.preview(id);
      const data = preview.kind === 'mesh' || preview.kind === 'gcode' ? await filesApi.content(id) : null;
      return { preview, data };
    } catch (error) {
      throw new Error(message(error, 'The preview could not be loaded.'));
    }
  }

  /** The file a job printed: same printer and name first, else a local copy with that name; null when none. */
  async function findFile(printerId: string | null, fileName: string): Promise<FileItem | null> {
    const base = fileName.split('/').pop() ?? fileName;
    const match = (list: FileItem[]) => list.find((f) => f.name.toLowerCase() === base.toLowerCase()) ?? null;
    if (printerId) {
      const onPrinter = match((await filesApi.list({ printerId, search: base, pageSize: 20 })).items);
      if (onPrinter) return onPrinter;
    }
    return match((await filesApi.list({ search: base, pageSize: 20 })).items);
  }

  function thumbnailUrl(id: string): string {
    const row = items.value.find((f) => f.id === id);
    return filesApi.thumbnailUrl(id, row?.sha256);
  }

  return {
    items, totalCount, page, pageSize, sort, filters, loading, loadError, selected, progress, statistics,
    pageCount, selectedItems, allSelected,
    load, loadStatistics, setPage, setSort, applyFilters, toggle, toggleAll,
    applyFileUpdated, applyFileRemoved, applyProgress, download, remove, upload, sync, loadPreview, thumbnailUrl, findFile,
  };
});
