import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, flushPromises, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import type { PrinterStatus } from '@/api/printers';
import { installFakeApi, problem, type Route } from '@/test/fakeApi';
import { aPrinter } from '@/test/printers';
import PrinterControls from './PrinterControls.vue';

let wrapper: VueWrapper | null = null;

function status(overrides: Partial<PrinterStatus> = {}): PrinterStatus {
  return {
    printerId: 'p-1',
    state: 'printing',
    connected: true,
    offlineReason: null,
    lastSeenAt: '2026-11-21T10:00:00Z',
    progressPercent: 40,
    remainingSeconds: 1200,
    elapsedSeconds: 800,
    currentLayer: 20,
    totalLayers: 100,
    jobName: 'Halterung v3',
    fileName: 'halterung.3mf',
    currentJobId: 'j-1',
    temperatures: { nozzle: 220, nozzleTarget: 220, bed: 60, bedTarget: 60, chamber: null },
    errors: [],
    loadedMaterials: [],
    updatedAt: '2026-11-21T10:00:00Z',
    ...overrides,
  };
}

function mountControls(s: PrinterStatus) {
  wrapper = mount(PrinterControls, { props: { printer: aPrinter({ id: 'p-1', name: 'A1' }), status: s }, attachTo: document.body });
  return wrapper;
}

const buttonOf = (action: string) => wrapper!.find<HTMLButtonElement>(`button[data-action="${action}"]`);
const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');
function dialogButton(name: string): HTMLButtonElement {
  const found = [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no dialog button "${name}"`);
  return found;
}

describe('PrinterControls', () => {
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

  it('enables pause and stop while printing, and offers resume instead of pause while paused', async () => {
    mountControls(status({ state: 'printing' }));
    expect(buttonOf('pause').element.disabled).toBe(false);
    expect(buttonOf('stop').element.disabled).toBe(false);
    expect(buttonOf('resume').exists()).toBe(false);

    await wrapper!.setProps({ status: status({ state: 'paused' }) });
    expect(buttonOf('resume').element.disabled).toBe(false);
    expect(buttonOf('pause').exists()).toBe(false);

    await wrapper!.setProps({ status: status({ state: 'idle' }) });
    expect(buttonOf('pause').element.disabled).toBe(true);
    expect(buttonOf('stop').element.disabled).toBe(true);
  });

  it('sends nothing until the user confirms, and nothing when they cancel', async () => {
    const api = installFakeApi({ 'POST /api/v1/printers/p-1/stop': () => new Response(null, { status: 202 }) });
    mountControls(status());

    await buttonOf('stop').trigger('click');
    await nextTick();
    expect(dialog()?.textContent).toContain('Stop A1?');
    expect(dialog()?.textContent).toContain('“Halterung v3”');
    expect(api.requests).toHaveLength(0);

    dialogButton('Cancel').click();
    await nextTick();
    expect(dialog()).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('sends the command after confirmation and says it is waiting for the printer', async () => {
    const api = installFakeApi({ 'POST /api/v1/printers/p-1/pause': () => new Response(null, { status: 202 }) });
    mountControls(status());

    await buttonOf('pause').trigger('click');
    await nextTick();
    dialogButton('Pause print').click();
    await flushPromises();

    expect(api.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['POST /api/v1/printers/p-1/pause']);
    expect(dialog()).toBeNull();
    expect(wrapper!.text()).toContain('Pause sent, waiting for the printer…');

    await wrapper!.setProps({ status: status({ state: 'paused' }) });
    expect(wrapper!.text()).not.toContain('waiting for the printer');
  });

  it.each<[number, string, Route]>([
    [502, 'The printer refused to pause. Enable "Developer Mode" in the printer\'s network settings.', () => problem(502, 'Printer refused', { detail: 'Enable "Developer Mode" in the printer\'s network settings.' })],
    [409, "The printer's state does not allow this right now: Cannot pause 'A1' while it is idle. The card shows its current state.", () => problem(409, 'Conflict', { detail: "Cannot pause 'A1' while it is idle." })],
    [503, "The printer cannot be reached right now. 'A1' is not connected.", () => problem(503, 'Unavailable', { detail: "'A1' is not connected." })],
  ])('keeps the dialog open and shows a %i problem in words', async (_status, message, route) => {
    installFakeApi({ 'POST /api/v1/printers/p-1/pause': route });
    mountControls(status());

    await buttonOf('pause').trigger('click');
    await nextTick();
    dialogButton('Pause print').click();
    await flushPromises();

    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(message);
    expect(wrapper!.text()).not.toContain('waiting for the printer');
  });
});
