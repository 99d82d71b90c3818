import { ref } from 'vue';
import { defineStore } from 'pinia';
import { isApiError } from '@/api/http';
import { customersApi, type Customer, type CustomerExport, type CustomerWrite } from '@/api/customers';

/** Customers with search and the GDPR actions (export, anonymize). */
export const useCustomersStore = defineStore('customers', () => {
  const items = ref<Customer[]>([]);
  const totalCount = ref(0);
  const search = ref('');
  const includeAnonymized = ref(false);
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);
  let requestNo = 0;

  function upsert(customer: Customer): void {
    const index = items.value.findIndex((c) => c.id === customer.id);
    if (index >= 0) items.value.splice(index, 1, customer);
    else items.value.unshift(customer);
  }

  async function load(): Promise<void> {
    const mine = ++requestNo;
    loading.value = true;
    loadError.value = null;
    try {
      const page = await customersApi.list({
        search: search.value.trim() || undefined,
        includeAnonymized: includeAnonymized.value || undefined,
        pageSize: 200,
      });
      // A slower, older search must not overwrite a newer one.
      if (mine !== requestNo) return;
      items.value = page.items;
      totalCount.value = page.totalCount;
      loaded.value = true;
    } catch (error) {
      if (mine !== requestNo) return;
      loadError.value = isApiError(error) ? error.userMessage : 'The customers could not be loaded.';
      throw error;
    } finally {
      if (mine === requestNo) loading.value = false;
    }
  }

  async function create(write: CustomerWrite): Promise<Customer> {
    const created = await customersApi.create(write);
    upsert(created);
    return created;
  }

  async function update(id: string, write: CustomerWrite): Promise<Customer> {
    const updated = await customersApi.update(id, write);
    upsert(updated);
    return updated;
  }

  async function remove(id: string): Promise<void> {
    try {
      await customersApi.remove(id);
    } catch (error) {
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
    items.value = items.value.filter((c) => c.id !== id);
  }

  function exportData(id: string): Promise<CustomerExport> {
    return customersApi.export(id);
  }

  async function anonymize(id: string): Promise<Customer> {
    const anonymized = await customersApi.anonymize(id);
    if (includeAnonymized.value) upsert(anonymized);
    else items.value = items.value.filter((c) => c.id !== id);
    return anonymized;
  }

  /** All customers for a picker (first 500, anonymized ones left out). */
  async function options(): Promise<Customer[]> {
    const page = await customersApi.list({ pageSize: 500 });
    return page.items;
  }

  return { items, totalCount, search, includeAnonymized, loading, loaded, loadError, load, create, update, remove, exportData, anonymize, options, upsert };
});
