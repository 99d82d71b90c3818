import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { ApiKey } from '@/api/apiKeys';
import { ApiError } from '@/api/http';
import { installFakeApi, json, noContent, problem } from '@/test/fakeApi';
import { useApiKeysStore } from './apiKeys';

const key = (id: string, name: string): ApiKey => ({
  id,
  name,
  scopes: ['read'],
  prefix: `pz_${id}`,
  createdAt: '2026-11-21T09:00:00Z',
  lastUsedAt: null,
});

describe('API keys store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('creates a key, returns its secret once and lists it without the secret', async () => {
    const stored: ApiKey[] = [];
    installFakeApi({
      'GET /api/v1/api-keys': () => json(stored),
      'POST /api/v1/api-keys': (r) => {
        const body = r.body as { name: string; scopes: ApiKey['scopes'] };
        stored.push({ ...key('k1', body.name), scopes: body.scopes });
        return json({ id: 'k1', name: body.name, scopes: body.scopes, key: 'pz_k1_secret' }, 201);
      },
    });
    const store = useApiKeysStore();

    const created = await store.create({ name: 'Buchhaltung', scopes: ['read', 'export'] });

    expect(created.key).toBe('pz_k1_secret');
    expect(store.items).toEqual([{ ...key('k1', 'Buchhaltung'), scopes: ['read', 'export'] }]);
    expect(JSON.stringify(store.items)).not.toContain('secret');
  });

  it('passes validation errors on for the form', async () => {
    installFakeApi({ 'POST /api/v1/api-keys': () => problem(400, 'Invalid', { errors: { Scopes: ['Choose at least one scope.'] } }) });
    const store = useApiKeysStore();

    const error = (await store.create({ name: 'x', scopes: [] }).catch((e: unknown) => e)) as ApiError;

    expect(error.fieldErrors).toEqual({ scopes: ['Choose at least one scope.'] });
  });

  it('revokes a key, also one that is already gone', async () => {
    installFakeApi({
      'GET /api/v1/api-keys': () => json([key('a', 'A'), key('b', 'B')]),
      'DELETE /api/v1/api-keys/a': () => noContent(),
      'DELETE /api/v1/api-keys/b': () => problem(404, 'Not Found'),
    });
    const store = useApiKeysStore();
    await store.load();

    await store.revoke('a');
    await store.revoke('b');

    expect(store.items).toEqual([]);
  });
});
