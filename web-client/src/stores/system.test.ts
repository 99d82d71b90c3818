import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { installFakeApi, json } from '@/test/fakeApi';
import { useSystemStore } from './system';

describe('system store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('reads version and database state from the health endpoint', async () => {
    installFakeApi({ 'GET /api/v1/health': () => json({ status: 'ok', version: '0.1.0', database: 'ok', printers: { total: 2, connected: 1 } }) });
    const store = useSystemStore();

    await store.refresh();

    expect(store.reachable).toBe(true);
    expect(store.health?.version).toBe('0.1.0');
    expect(store.health?.printers.connected).toBe(1);
  });

  it('marks the server unreachable when the call fails', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const store = useSystemStore();

    await store.refresh();

    expect(store.reachable).toBe(false);
    expect(store.health).toBeNull();
  });
});
