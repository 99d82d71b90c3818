import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import HomeAssistantSettingsView from './HomeAssistantSettingsView.vue';
import { toFormModel, toRequest } from './homeAssistantFormModel';

const stored = {
  enabled: true,
  host: 'core-mosquitto',
  port: 1883,
  useTls: false,
  username: 'printernizer',
  hasPassword: true,
  discoveryPrefix: 'homeassistant',
  allowControl: false,
  connected: false,
  lastError: 'The broker refused the connection: not authorized (code 5).',
};

let wrapper: VueWrapper | null = null;

beforeEach(() => {
  setActivePinia(createPinia());
  document.head.innerHTML = '<base href="http://printernizer.local/">';
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  vi.unstubAllGlobals();
});

describe('HomeAssistantSettingsView', () => {
  it('shows the stored settings and why the bridge is not connected, never a password', async () => {
    installFakeApi({ 'GET /api/v1/settings/homeassistant': () => json(stored) });
    wrapper = mount(HomeAssistantSettingsView);
    await flushPromises();

    expect((wrapper.find('#ha-host').element as HTMLInputElement).value).toBe('core-mosquitto');
    expect((wrapper.find('#ha-password').element as HTMLInputElement).value).toBe('');
    expect(wrapper.find('[data-field="ha-password"]').text()).toContain('Leave empty to keep it');
    expect(wrapper.find('[data-testid="ha-status"]').text()).toContain('not authorized');
  });

  it('puts the Api field errors next to the fields', async () => {
    installFakeApi({
      'GET /api/v1/settings/homeassistant': () => json(stored),
      'PUT /api/v1/settings/homeassistant': () =>
        problem(400, 'One or more validation errors occurred.', { errors: { discoveryPrefix: ['The discovery prefix may contain letters.'] } }),
    });
    wrapper = mount(HomeAssistantSettingsView);
    await flushPromises();

    await wrapper.find('#ha-prefix').setValue('home/#');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-field="ha-prefix"] .field-error').text()).toBe('The discovery prefix may contain letters.');
    expect(wrapper.find('#ha-prefix').attributes('aria-invalid')).toBe('true');
  });

  it('checks the host in the browser before testing and shows the test result', async () => {
    const api = installFakeApi({
      'GET /api/v1/settings/homeassistant': () => json({ ...stored, enabled: false, host: null, hasPassword: false }),
      'POST /api/v1/settings/homeassistant/test': () => json({ ok: true, message: 'Connected to 127.0.0.1:1883 without user name.' }),
    });
    wrapper = mount(HomeAssistantSettingsView);
    await flushPromises();

    await wrapper.findAll('button').find((b) => b.text() === 'Test connection')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-field="ha-host"] .field-error').text()).toContain('host name');
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await wrapper.find('#ha-host').setValue('127.0.0.1');
    await wrapper.findAll('button').find((b) => b.text() === 'Test connection')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="ha-test-result"]').text()).toContain('Connected to 127.0.0.1:1883');
  });
});

describe('toRequest', () => {
  it('keeps the stored password unless a new one is typed or removal is asked for', () => {
    const model = toFormModel({ ...stored });
    expect('password' in toRequest(model)).toBe(false);
    expect(toRequest({ ...model, password: 's3cret' }).password).toBe('s3cret');
    expect(toRequest({ ...model, password: 's3cret', clearPassword: true }).password).toBe('');
    expect(toRequest({ ...model, port: '8883' }).port).toBe(8883);
  });
});
