import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { FileItem } from '@/api/files';
import { installFakeApi, json, noContent, problem } from '@/test/fakeApi';
import { mergeFile, useFilesStore } from './files';

function aFile(overrides: Partial<FileItem> = {}): FileItem {
  return {
    id: 'f-1',
    printerId: 'p-1',
    printerName: 'A1 Werkstatt',
    name: 'Benchy.gcode',
    path: '/cache/Benchy.gcode',
    type: 'gcode',
    sizeBytes: 1000,
    modifiedAt: '2026-11-20T14:02:00Z',
    status: 'available',
    localPath: null,
    sha256: null,
    downloadedAt: null,
    hasThumbnail: false,
    metadata: null,
    error: null,
    ...overrides,
  } as FileItem;
}

const page = (items: FileItem[], totalCount = items.length) => json({ items, page: 1, pageSize: 50, totalCount });

describe('files store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads a page with filters, search and sort as query parameters', async () => {
    const api = installFakeApi({ 'GET /api/v1/files': () => page([aFile()], 120) });
    const store = useFilesStore();
    store.filters.status = 'downloaded';
    store.filters.search = '  Benchy ';
    store.filters.printerId = 'p-1';

    await store.applyFilters();
    await store.setSort('name');

    const query = api.requests[1]!.url.searchParams;
    expect(query.get('status')).toBe('downloaded');
    expect(query.get('search')).toBe('Benchy');
    expect(query.get('printerId')).toBe('p-1');
    expect(query.get('sort')).toBe('name');
    expect(query.has('type')).toBe(false);
    expect(store.items).toHaveLength(1);
    expect(store.pageCount).toBe(3);
  });

  it('shows download progress from SSE and clears it when the file is downloaded', async () => {
    installFakeApi({ 'GET /api/v1/files': () => page([aFile()]) });
    const store = useFilesStore();
    await store.load();

    store.applyProgress({ fileId: 'f-1', printerId: 'p-1', name: 'Benchy.gcode', bytes: 400, total: 1000, bytesPerSecond: 200, percent: 40 });

    expect(store.items[0]!.status).toBe('downloading');
    expect(store.progress['f-1']!.bytes).toBe(400);

    store.applyFileUpdated(aFile({ status: 'downloaded', localPath: 'A1/x.gcode', sha256: 'abc' }));

    expect(store.items[0]!.status).toBe('downloaded');
    expect(store.progress['f-1']).toBeUndefined();
  });

  it('keeps metadata and thumbnail when an update without them reports the same content', () => {
    const metadata = { printSeconds: 60, filamentGrams: 1, filamentType: 'PLA', layerHeightMm: 0.2, slicer: 'PrusaSlicer', printerModel: 'MINI', plateCount: null, unreadable: null };
    const before = aFile({ sha256: 'abc', hasThumbnail: true, metadata });

    expect(mergeFile(before, aFile({ sha256: 'abc', status: 'downloaded' })).metadata).toEqual(metadata);
    expect(mergeFile(before, aFile({ sha256: 'abc', status: 'downloaded' })).hasThumbnail).toBe(true);
    expect(mergeFile(before, aFile({ sha256: 'other' })).metadata).toBeNull();
  });

  it('deletes the selection one by one and reports failures', async () => {
    const api = installFakeApi({
      'GET /api/v1/files': () => page([]),
      'GET /api/v1/files/statistics': () => json({}),
      'DELETE /api/v1/files/:id': (r) => (r.url.pathname.endsWith('f-2') ? problem(409, 'Conflict', { detail: 'It is being printed.' }) : noContent()),
    });
    const store = useFilesStore();

    const result = await store.remove([aFile(), aFile({ id: 'f-2', name: 'Busy.gcode' })], 'printer');

    expect(result.ok).toBe(1);
    expect(result.failed).toEqual([{ name: 'Busy.gcode', message: 'It is being printed.' }]);
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.url.searchParams.get('scope'))).toEqual(['printer', 'printer']);
  });

  it('uploads as multipart form data', async () => {
    const api = installFakeApi({
      'POST /api/v1/files': () => json(aFile({ id: 'f-9', status: 'local' }), 201),
      'GET /api/v1/files': () => page([]),
      'GET /api/v1/files/statistics': () => json({}),
    });
    const store = useFilesStore();

    const result = await store.upload([new File(['G1 X1'], 'cube.gcode')]);

    expect(result.ok).toBe(1);
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.init?.body).toBeInstanceOf(FormData);
    expect((post.init?.body as FormData).get('file')).toBeInstanceOf(File);
  });
});
