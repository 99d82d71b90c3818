import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Customer } from '@/api/customers';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { aCustomer } from '@/test/orders';
import { useCustomersStore } from './customers';

describe('customers store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => vi.unstubAllGlobals());

  function customersServer(customers: Customer[]) {
    const byId = new Map(customers.map((c) => [c.id, c]));
    const idOf = (url: URL) => url.pathname.split('/')[4] ?? '';
    return installFakeApi({
      'GET /api/v1/customers': (r) => {
        const search = (r.url.searchParams.get('search') ?? '').toLowerCase();
        const items = [...byId.values()].filter((c) => (!c.anonymized || r.url.searchParams.get('includeAnonymized') === 'true') && c.name.toLowerCase().includes(search));
        return json({ items, page: 1, pageSize: 200, totalCount: items.length });
      },
      'POST /api/v1/customers': (r) => {
        const body = r.body as Partial<Customer>;
        if (body.email === 'x') return problem(400, 'Validation failed', { errors: { Email: ["'Email' is not a valid email address."], 'Address.Country': ['Use a two-letter country code, e.g. DE.'] } });
        const created = aCustomer({ ...body, id: 'c-new', customerNumber: 'K-0002' } as Partial<Customer>);
        byId.set(created.id, created);
        return json(created, 201);
      },
      'GET /api/v1/customers/:id/export': (r) => json({ exportedAt: '2026-11-21T10:00:00Z', customer: byId.get(idOf(r.url)), orders: [], jobs: [], auditEntries: [] }),
      'POST /api/v1/customers/:id/anonymize': (r) => {
        const anonymized = { ...byId.get(idOf(r.url))!, name: 'anonymisiert', email: null, anonymized: true, anonymizedAt: '2026-11-21T10:00:00Z' };
        byId.set(anonymized.id, anonymized);
        return json(anonymized);
      },
    });
  }

  it('searches by the typed text', async () => {
    const api = customersServer([aCustomer({ id: 'a', name: 'Erika' }), aCustomer({ id: 'b', name: 'Max' })]);
    const store = useCustomersStore();

    store.search = ' max ';
    await store.load();

    expect(store.items.map((c) => c.id)).toEqual(['b']);
    expect(api.requests[0]?.url.searchParams.get('search')).toBe('max');
  });

  it('reports field errors of a create with normalized keys, including nested address fields', async () => {
    customersServer([]);
    const store = useCustomersStore();

    const error = await store.create({ name: 'A', email: 'x' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 400, fieldErrors: { email: ["'Email' is not a valid email address."], 'address.country': ['Use a two-letter country code, e.g. DE.'] } });
  });

  it('exports the stored data and anonymizes a customer, who then leaves the list', async () => {
    customersServer([aCustomer({ id: 'a', name: 'Erika' })]);
    const store = useCustomersStore();
    await store.load();

    const data = await store.exportData('a');
    expect(data.customer.name).toBe('Erika');

    const result = await store.anonymize('a');
    expect(result).toMatchObject({ anonymized: true, email: null });
    expect(store.items).toEqual([]);
  });
});
