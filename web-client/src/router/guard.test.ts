import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { authGuard } from './index';
import { safeRedirect } from './redirect';

const to = (name: string, fullPath: string, isPublic = false) => ({ name, fullPath, meta: { public: isPublic } });

describe('authGuard', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('sends everything to the setup page until the first admin exists', async () => {
    installFakeApi({ 'GET /api/v1/auth/status': () => json({ setupRequired: true }) });

    expect(await authGuard(to('dashboard', '/'))).toEqual({ name: 'setup' });
    expect(await authGuard(to('login', '/login', true))).toEqual({ name: 'setup' });
    expect(await authGuard(to('setup', '/setup', true))).toBe(true);
  });

  it('sends a signed-out user to the login page and remembers where they wanted to go', async () => {
    installFakeApi({
      'GET /api/v1/auth/status': () => json({ setupRequired: false }),
      'GET /api/v1/auth/me': () => problem(401, 'Unauthorized'),
    });

    expect(await authGuard(to('settings-printers', '/settings/printers'))).toEqual({ name: 'login', query: { redirect: '/settings/printers' } });
    expect(await authGuard(to('dashboard', '/'))).toEqual({ name: 'login' });
    expect(await authGuard(to('setup', '/setup', true))).toEqual({ name: 'login' });
    expect(await authGuard(to('login', '/login', true))).toBe(true);
  });

  it('lets a signed-in user in and keeps them away from login and setup', async () => {
    const api = installFakeApi({
      'GET /api/v1/auth/status': () => json({ setupRequired: false }),
      'GET /api/v1/auth/me': () => json({ username: 'admin' }),
    });

    expect(await authGuard(to('dashboard', '/'))).toBe(true);
    expect(await authGuard(to('login', '/login', true))).toEqual({ name: 'dashboard' });
    expect(await authGuard(to('setup', '/setup', true))).toEqual({ name: 'dashboard' });
    expect(api.requests.filter((r) => r.url.pathname.endsWith('/auth/status'))).toHaveLength(1);
  });

  it('shows the "not reachable" page when the Api is down', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    expect(await authGuard(to('jobs', '/jobs'))).toEqual({ name: 'unavailable', query: { redirect: '/jobs' } });
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/settings/printers', '/settings/printers'],
    ['//evil.example/x', null],
    ['https://evil.example', null],
    ['/\\evil', null],
    [undefined, null],
  ])('%s -> %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
