import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import type { Order } from '@/api/orders';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { anOrder } from '@/test/orders';
import OrderDetailView from './OrderDetailView.vue';

describe('OrderDetailView', () => {
  let pinia: Pinia;
  let router: Router;

  beforeEach(async () => {
    pinia = createPinia();
    setActivePinia(pinia);
    document.head.innerHTML = '<base href="http://printernizer.local/">';
    const stub = { template: '<p/>' };
    router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/orders', name: 'orders', component: stub },
        { path: '/orders/:id', name: 'order', component: stub },
        { path: '/jobs', name: 'jobs', component: stub },
      ],
    });
    await router.push('/orders/o-1');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const buttons = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[aria-label="Order status"] button').map((b) => b.text());

  async function show(order: Order, onRelease: () => Response) {
    let stored = order;
    installFakeApi({
      'GET /api/v1/orders/o-1': () => json(stored),
      'POST /api/v1/orders/o-1/release': () => {
        const response = onRelease();
        if (response.ok) stored = { ...stored, status: 'released', updatedAt: '2026-11-21T10:00:00Z' };
        return response.ok ? json(stored) : response;
      },
    });
    const wrapper = mount(OrderDetailView, { props: { id: 'o-1' }, global: { plugins: [pinia, router] }, attachTo: document.body });
    await flushPromises();
    return wrapper;
  }

  it('shows only the steps the status allows and moves on after a release', async () => {
    const wrapper = await show(anOrder(), () => json({}));

    expect(buttons(wrapper)).toEqual(['Release', 'Cancel order']);
    expect(wrapper.text()).toContain('0 of 3 copies done');
    expect(wrapper.find('[data-testid="actual-cost"]').text()).toBe('not yet known');

    await wrapper.findAll('[aria-label="Order status"] button')[0]!.trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-status]').attributes('data-status')).toBe('released');
    expect(buttons(wrapper)).toEqual(['Start production', 'Cancel order']);
  });

  it('explains a 409 and shows the order as it is now', async () => {
    const wrapper = await show(anOrder(), () =>
      problem(409, 'Conflict', { detail: 'Order A-2026-0001 is cancelled and cannot become released. It is final.' }),
    );

    await wrapper.findAll('[aria-label="Order status"] button')[0]!.trigger('click');
    await flushPromises();

    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('The status was not changed');
    expect(alert.text()).toContain('is cancelled and cannot become released');
  });

  it('shows cost, margin and no buttons for a delivered order', async () => {
    const wrapper = await show(anOrder({ status: 'delivered', actualCost: 45.5, margin: 74.5 }), () => json({}));

    expect(buttons(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain('Delivered is final.');
    expect(wrapper.find('[data-testid="actual-cost"]').text()).toBe('€45.50');
    expect(wrapper.text()).toContain('€74.50');
  });
});
