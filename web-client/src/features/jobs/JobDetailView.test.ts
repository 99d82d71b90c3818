import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Job, JobPatch } from '@/api/jobs';
import { installFakeApi, json } from '@/test/fakeApi';
import { aJob } from '@/test/jobs';
import JobDetailView from './JobDetailView.vue';

let wrapper: VueWrapper | null = null;

function router() {
  const empty = { template: '<div />' };
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/jobs', name: 'jobs', component: empty },
      { path: '/jobs/:id', name: 'job', component: empty },
      { path: '/jobs/:id/cost', name: 'job-cost', component: empty },
    ],
  });
}

function server(job: Job) {
  let current = job;
  return installFakeApi({
    'GET /api/v1/jobs/:id': () =>
      json({
        job: current,
        events: [
          { kind: 'completed', at: '2026-11-21T09:35:12Z', detail: null },
          { kind: 'started', at: '2026-11-21T08:00:00Z', detail: null },
          { kind: 'paused', at: '2026-11-21T08:30:00Z', detail: 'Filament runout' },
        ],
      }),
    'PATCH /api/v1/jobs/:id': (r) => {
      current = { ...current, ...(r.body as JobPatch) } as Job;
      return json(current);
    },
  });
}

async function mountDetail(job: Job) {
  const api = server(job);
  wrapper = mount(JobDetailView, { props: { id: job.id }, global: { plugins: [router()] } });
  await flushPromises();
  return api;
}

describe('JobDetailView', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    vi.unstubAllGlobals();
  });

  it('shows the timeline in order, durations in words and marks an estimated end', async () => {
    await mountDetail(aJob({ id: 'j1', endTimeEstimated: true, actualSeconds: 4980, pausedSeconds: 600 }));

    const entries = wrapper!.findAll('.timeline li').map((li) => li.attributes('data-kind'));
    expect(entries).toEqual(['started', 'paused', 'completed', 'estimated-end']);
    expect(wrapper!.find('.timeline [data-kind="paused"]').text()).toContain('Filament runout');
    expect(wrapper!.text()).toContain('1 h 23 min');
    expect(wrapper!.text()).toContain('10 min');
    expect(wrapper!.find('.estimated-badge').text()).toBe('estimated');
  });

  it('saves notes and material used (decimal comma accepted) and keeps them', async () => {
    const api = await mountDetail(aJob({ id: 'j1' }));

    await wrapper!.find('textarea').setValue('  Kunde Müller ');
    await wrapper!.find('input[inputmode="decimal"]').setValue('41,7');
    await wrapper!.find('form.job-detail__form').trigger('submit');
    await flushPromises();

    const patch = api.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ notes: 'Kunde Müller', materialUsedGrams: 41.7 });
    expect(wrapper!.text()).toContain('Saved.');
    expect((wrapper!.find('textarea').element as HTMLTextAreaElement).value).toBe('Kunde Müller');
    expect(wrapper!.text()).toContain('41.7 g');
  });

  it('does not send an impossible weight', async () => {
    const api = await mountDetail(aJob({ id: 'j1' }));

    await wrapper!.find('input[inputmode="decimal"]').setValue('-3');

    expect(wrapper!.text()).toContain('Enter grams as a number');
    expect(wrapper!.find('form.job-detail__form button[type="submit"]').attributes('disabled')).toBeDefined();
    await wrapper!.find('form.job-detail__form').trigger('submit');
    await flushPromises();
    expect(api.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
