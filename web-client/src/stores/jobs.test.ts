import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Job, JobPatch } from '@/api/jobs';
import { installFakeApi, json, problem, type RecordedRequest } from '@/test/fakeApi';
import { aJob } from '@/test/jobs';
import { useJobsStore } from './jobs';

/** An Api holding jobs in memory; `failPatch` makes PATCHes of those ids fail. */
function jobsServer(initial: Job[], failPatch: Record<string, Response> = {}) {
  const jobs = new Map(initial.map((j) => [j.id, j]));
  const idOf = (r: RecordedRequest) => decodeURIComponent(r.url.pathname.split('/').pop() ?? '');
  let release: (() => void) | null = null;
  let hold = false;
  const api = installFakeApi({
    'GET /api/v1/jobs': (r) => {
      const page = Number(r.url.searchParams.get('page') ?? '1');
      const size = Number(r.url.searchParams.get('pageSize') ?? '50');
      const all = [...jobs.values()];
      return json({ items: all.slice((page - 1) * size, page * size), page, pageSize: size, totalCount: all.length });
    },
    'GET /api/v1/jobs/:id': (r) => {
      const job = jobs.get(idOf(r));
      return job ? json({ job, events: [{ kind: 'started', at: job.startedAt, detail: null }] }) : problem(404, 'Not found');
    },
    'PATCH /api/v1/jobs/:id': async (r) => {
      const id = idOf(r);
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      const failure = failPatch[id];
      if (failure) return failure;
      const job = jobs.get(id);
      if (!job) return problem(404, 'Not found');
      const updated = { ...job, ...(r.body as JobPatch) } as Job;
      jobs.set(id, updated);
      return json(updated);
    },
  });
  return {
    jobs,
    api,
    holdPatches: () => (hold = true),
    releasePatch: () => {
      hold = false;
      release?.();
    },
  };
}

describe('jobs store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads a page with the given query and knows the page count', async () => {
    const { api } = jobsServer(Array.from({ length: 7 }, (_, i) => aJob({ id: `j${i}`, name: `Job ${i}` })));
    const store = useJobsStore();

    await store.load({ page: 2, pageSize: 3, sort: '-startedAt', status: 'completed' });

    expect(store.items.map((j) => j.id)).toEqual(['j3', 'j4', 'j5']);
    expect(store.totalCount).toBe(7);
    expect(store.pageCount).toBe(3);
    const url = api.requests[0]!.url;
    expect(url.pathname).toBe('/api/v1/jobs');
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: '2', pageSize: '3', sort: '-startedAt', status: 'completed' });
  });

  it('shows a load failure in words', async () => {
    installFakeApi({ 'GET /api/v1/jobs': () => problem(400, 'Validation failed', { detail: '"to" is before "from".' }) });
    const store = useJobsStore();

    await store.load({});

    expect(store.loadError).toBe('"to" is before "from".');
    expect(store.loaded).toBe(false);
  });

  it('applies job.updated events to the list and the open detail', async () => {
    jobsServer([aJob({ id: 'j1', status: 'printing', progressPercent: 10 })]);
    const store = useJobsStore();
    await store.load({});
    await store.loadDetail('j1');

    store.applyUpdate(aJob({ id: 'j1', status: 'printing', progressPercent: 55 }));

    expect(store.items[0]!.progressPercent).toBe(55);
    expect(store.detail?.job.progressPercent).toBe(55);
    expect(store.outdated).toBe(false);
  });

  it('marks the list outdated when a job it does not show is reported', async () => {
    jobsServer([aJob({ id: 'j1' })]);
    const store = useJobsStore();
    await store.load({});

    store.applyUpdate(aJob({ id: 'new', status: 'printing' }));

    expect(store.outdated).toBe(true);
    expect(store.items.map((j) => j.id)).toEqual(['j1']);
  });

  it('marks a filtered list outdated when a job leaves the filter', async () => {
    jobsServer([aJob({ id: 'j1', status: 'printing' })]);
    const store = useJobsStore();
    await store.load({ status: 'printing' });

    store.applyUpdate(aJob({ id: 'j1', status: 'completed' }));

    expect(store.items[0]!.status).toBe('completed');
    expect(store.outdated).toBe(true);
  });

  it('re-reads the timeline when a live update changes the status of the open job', async () => {
    const server = jobsServer([aJob({ id: 'j1', status: 'printing' })]);
    const store = useJobsStore();
    await store.loadDetail('j1');
    server.jobs.set('j1', aJob({ id: 'j1', status: 'completed' }));

    store.applyUpdate(aJob({ id: 'j1', status: 'completed' }));

    await vi.waitFor(() => expect(server.api.requests.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('toggles the category at once and keeps it when the server agrees', async () => {
    const server = jobsServer([aJob({ id: 'j1', category: 'unassigned' })]);
    const store = useJobsStore();
    await store.load({});
    server.holdPatches();

    const saving = store.setCategory('j1', 'business');
    expect(store.items[0]!.category).toBe('business');
    expect(store.pendingCategory).toEqual({ j1: 'business' });
    server.releasePatch();

    await expect(saving).resolves.toBe(true);
    expect(store.items[0]!.category).toBe('business');
    expect(store.pendingCategory).toEqual({});
    expect(server.api.requests.at(-1)!.body).toEqual({ category: 'business' });
    expect(server.jobs.get('j1')!.category).toBe('business');
  });

  it('rolls the category back and says why when the server refuses', async () => {
    jobsServer([aJob({ id: 'j1', name: 'Bracket', category: 'private' })], {
      j1: problem(422, 'Not allowed', { detail: 'The job belongs to an invoiced order.' }),
    });
    const store = useJobsStore();
    await store.load({});

    const ok = await store.setCategory('j1', 'business');

    expect(ok).toBe(false);
    expect(store.items[0]!.category).toBe('private');
    expect(store.actionError).toBe('Bracket: The job belongs to an invoiced order.');
    expect(store.pendingCategory).toEqual({});
  });

  it('keeps an optimistic category when a progress event with the old one arrives meanwhile', async () => {
    const server = jobsServer([aJob({ id: 'j1', category: 'unassigned', status: 'printing' })]);
    const store = useJobsStore();
    await store.load({});
    server.holdPatches();

    const saving = store.setCategory('j1', 'business');
    store.applyUpdate(aJob({ id: 'j1', category: 'unassigned', status: 'printing', progressPercent: 70 }));

    expect(store.items[0]).toMatchObject({ category: 'business', progressPercent: 70 });
    server.releasePatch();
    await saving;
    expect(store.items[0]!.category).toBe('business');
  });

  it('categorizes many jobs and rolls back only the ones that failed', async () => {
    const server = jobsServer(
      [aJob({ id: 'a', name: 'A' }), aJob({ id: 'b', name: 'B' }), aJob({ id: 'c', name: 'C' })],
      { b: problem(404, 'Not found', { detail: 'Job b was deleted.' }) },
    );
    const store = useJobsStore();
    await store.load({});

    const result = await store.setCategoryMany(['a', 'b', 'c'], 'private');

    expect(result.succeeded.sort()).toEqual(['a', 'c']);
    expect(result.failed).toEqual([{ id: 'b', message: 'B: Job b was deleted.' }]);
    expect(store.items.map((j) => j.category)).toEqual(['private', 'unassigned', 'private']);
    expect(store.actionError).toBe('B: Job b was deleted.');
    expect(server.api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(3);
  });

  it('saves notes and material used and shows the saved job', async () => {
    const server = jobsServer([aJob({ id: 'j1' })]);
    const store = useJobsStore();
    await store.loadDetail('j1');

    await store.update('j1', { notes: 'Kunde Müller', materialUsedGrams: 41.7 });

    expect(store.detail?.job).toMatchObject({ notes: 'Kunde Müller', materialUsedGrams: 41.7 });
    expect(server.jobs.get('j1')).toMatchObject({ notes: 'Kunde Müller', materialUsedGrams: 41.7 });
  });

  it('says so when a job does not exist', async () => {
    jobsServer([]);
    const store = useJobsStore();

    await store.loadDetail('missing');

    expect(store.detail).toBeNull();
    expect(store.detailError).toBe('This job does not exist (any more).');
  });
});
