import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { installFakeApi, json, problem } from '@/test/fakeApi';
import { aMaterial } from '@/test/materials';
import { useMaterialsStore } from '@/stores/materials';
import LowStockBanner from './LowStockBanner.vue';

describe('LowStockBanner', () => {
  let pinia: Pinia;
  let router: Router;

  beforeEach(async () => {
    pinia = createPinia();
    setActivePinia(pinia);
    document.head.innerHTML = '<base href="http://printernizer.local/">';
    router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/materials', name: 'materials', component: { template: '<p/>' } }] });
    await router.push('/materials');
  });

  afterEach(() => vi.unstubAllGlobals());

  const mountBanner = async () => {
    const wrapper = mount(LowStockBanner, { global: { plugins: [pinia, router] } });
    await flushPromises();
    return wrapper;
  };

  it('lists the materials that GET /materials/low-stock returns, with stock and threshold', async () => {
    installFakeApi({
      'GET /api/v1/materials/low-stock': () => json([aMaterial({ type: 'PETG', brand: 'Bambu', colorName: 'Red', stockGrams: 320, lowStockGrams: 500, lowStock: true })]),
    });

    const wrapper = await mountBanner();

    expect(wrapper.text()).toContain('Low material stock');
    expect(wrapper.text()).toContain('PETG Bambu Red: 320 g left (warning below 500 g)');
    expect(wrapper.find('a').attributes('href')).toBe('/materials');
  });

  it('shows nothing while no material is low and appears on a material.low_stock event', async () => {
    installFakeApi({ 'GET /api/v1/materials/low-stock': () => json([]) });
    const wrapper = await mountBanner();
    expect(wrapper.text()).toBe('');

    useMaterialsStore().applyMaterialLowStock(aMaterial({ brand: 'Extrudr', stockGrams: 90, lowStock: true, updatedAt: '2026-11-21T10:00:00Z' }));
    await flushPromises();

    expect(wrapper.text()).toContain('PLA Extrudr Galaxy Black: 90 g left');
  });

  it('stays hidden when the list cannot be loaded (the dashboard still works)', async () => {
    installFakeApi({ 'GET /api/v1/materials/low-stock': () => problem(503, 'Unavailable') });

    const wrapper = await mountBanner();

    expect(wrapper.text()).toBe('');
  });
});
