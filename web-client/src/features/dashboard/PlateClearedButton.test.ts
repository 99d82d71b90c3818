import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import type { PrinterStatus } from '@/api/printers';
import { installFakeApi, json } from '@/test/fakeApi';
import { aPrinter } from '@/test/printers';
import { usePlatesStore } from '@/stores/plates';
import PlateClearedButton from './PlateClearedButton.vue';

let wrapper: VueWrapper | null = null;

const idle = { state: 'idle', connected: true } as PrinterStatus;
const printing = { state: 'printing', connected: true } as PrinterStatus;

describe('PlateClearedButton', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  function mountFor(status: PrinterStatus) {
    wrapper = mount(PlateClearedButton, { props: { printer: aPrinter({ id: 'p-1', name: 'A1' }), status }, attachTo: document.body });
    return wrapper;
  }

  it('is offered only when the plate was not confirmed since the last job and nothing prints', async () => {
    const plates = usePlatesStore();
    plates.cleared = { 'p-1': true };
    const w = mountFor(idle);
    expect(w.find('[data-action="plate-cleared"]').exists()).toBe(false);

    plates.cleared = { 'p-1': false };
    await nextTick();
    expect(w.find('[data-action="plate-cleared"]').exists()).toBe(true);

    await w.setProps({ status: printing });
    expect(w.find('[data-action="plate-cleared"]').exists()).toBe(false);
  });

  it('asks first, then posts plate-cleared and hides itself', async () => {
    const api = installFakeApi({
      'POST /api/v1/printers/:id/plate-cleared': () =>
        json({ printerId: 'p-1', clearedAt: '2026-11-21T10:00:00Z', lastJobAt: '2026-11-21T09:00:00Z', isCleared: true }),
    });
    usePlatesStore().cleared = { 'p-1': false };
    const w = mountFor(idle);

    await w.get('[data-action="plate-cleared"]').trigger('click');
    await nextTick();
    expect(api.requests).toHaveLength(0);
    const dialog = document.body.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.textContent).toContain('A1');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Yes, the plate is empty'))!.click();
    await flushPromises();

    expect(api.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['POST /api/v1/printers/p-1/plate-cleared']);
    expect(w.find('[data-action="plate-cleared"]').exists()).toBe(false);
  });
});
