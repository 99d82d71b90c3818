import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { installFakeApi, json, problem, type Route } from '@/test/fakeApi';
import LoginView from './LoginView.vue';

describe('LoginView', () => {
  let pinia: Pinia;
  let router: Router;

  beforeEach(async () => {
    pinia = createPinia();
    setActivePinia(pinia);
    document.head.innerHTML = '<base href="http://printernizer.local/">';
    router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/login', name: 'login', component: LoginView },
        { path: '/', name: 'dashboard', component: { template: '<p>dashboard</p>' } },
        { path: '/settings/printers', name: 'settings-printers', component: { template: '<p>printers</p>' } },
      ],
    });
    await router.push('/login?redirect=/settings/printers');
  });

  afterEach(() => vi.unstubAllGlobals());

  async function signIn(login: Route) {
    installFakeApi({ 'POST /api/v1/auth/login': login });
    const wrapper = mount(LoginView, { global: { plugins: [pinia, router] }, attachTo: document.body });
    await wrapper.find('#login-username').setValue('admin');
    await wrapper.find('#login-password').setValue('secret-passphrase');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    return wrapper;
  }

  it('goes to the page the user asked for after signing in', async () => {
    const wrapper = await signIn(() => json({ id: '1', username: 'admin' }));

    expect(router.currentRoute.value.fullPath).toBe('/settings/printers');
    wrapper.unmount();
  });

  it('says the credentials are wrong on 401 and clears the password', async () => {
    const wrapper = await signIn(() => problem(401, 'Unauthorized', { detail: 'Wrong user name or password.' }));

    expect(wrapper.find('[role="alert"]').text()).toBe('Wrong user name or password.');
    expect((wrapper.find('#login-password').element as HTMLInputElement).value).toBe('');
    expect(router.currentRoute.value.name).toBe('login');
    wrapper.unmount();
  });

  it('tells a rate-limited user how long to wait', async () => {
    const wrapper = await signIn(() => problem(429, 'Too Many Requests', {}, { 'retry-after': '60' }));

    expect(wrapper.find('[role="alert"]').text()).toBe('Too many sign-in attempts. Please wait 60 seconds and try again.');
    wrapper.unmount();
  });
});
