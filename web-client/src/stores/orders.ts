import { ref } from 'vue';
import { defineStore } from 'pinia';
import { isApiError } from '@/api/http';
import { ordersApi, type Order, type OrderStatus, type OrderWrite } from '@/api/orders';

function isNewer(next: Order, current: Order | undefined | null): boolean {
  if (!current) return true;
  const a = Date.parse(next.updatedAt);
  const b = Date.parse(current.updatedAt);
  return Number.isNaN(a) || Number.isNaN(b) || a >= b;
}

/** Orders: the filtered list, the order being looked at, live through order.updated. */
export const useOrdersStore = defineStore('orders', () => {
  const items = ref<Order[]>([]);
  const totalCount = ref(0);
  const statusFilter = ref<OrderStatus | ''>('');
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = ref<string | null>(null);
  const current = ref<Order | null>(null);

  const matchesFilter = (order: Order) => statusFilter.value === '' || order.status === statusFilter.value;

  /** Applies a newer version of an order wherever it is shown (list and detail). */
  function apply(order: Order): void {
    if (current.value?.id === order.id && isNewer(order, current.value)) current.value = order;
    const index = items.value.findIndex((o) => o.id === order.id);
    if (index >= 0) {
      if (!isNewer(order, items.value[index])) return;
      if (matchesFilter(order)) items.value.splice(index, 1, order);
      else items.value.splice(index, 1);
    } else if (loaded.value && matchesFilter(order)) {
      items.value.unshift(order);
    }
  }

  async function load(): Promise<void> {
    loading.value = true;
    loadError.value = null;
    try {
      const page = await ordersApi.list({ status: statusFilter.value || undefined, pageSize: 200 });
      items.value = page.items;
      totalCount.value = page.totalCount;
      loaded.value = true;
    } catch (error) {
      loadError.value = isApiError(error) ? error.userMessage : 'The orders could not be loaded.';
      throw error;
    } finally {
      loading.value = false;
    }
  }

  async function open(id: string): Promise<Order> {
    if (current.value?.id !== id) current.value = null;
    const order = await ordersApi.get(id);
    current.value = order;
    return order;
  }

  async function create(write: OrderWrite): Promise<Order> {
    const created = await ordersApi.create(write);
    apply(created);
    return created;
  }

  async function update(id: string, write: OrderWrite): Promise<Order> {
    const updated = await ordersApi.update(id, write);
    apply(updated);
    return updated;
  }

  /** One step of the flow: `released` goes through POST release (creates queue items), the rest through POST status. */
  async function moveTo(id: string, status: OrderStatus): Promise<Order> {
    const updated = status === 'released' ? await ordersApi.release(id) : await ordersApi.changeStatus(id, status);
    apply(updated);
    return updated;
  }

  return { items, totalCount, statusFilter, loading, loaded, loadError, current, apply, load, open, create, update, moveTo };
});
