import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import CategoryToggle from './CategoryToggle.vue';

describe('CategoryToggle', () => {
  it('shows which category is set and switches or clears it', async () => {
    const wrapper = mount(CategoryToggle, { props: { category: 'business', jobName: 'Halterung' } });
    const [business, priv] = wrapper.findAll('button');

    expect(wrapper.attributes('aria-label')).toBe('Category of Halterung');
    expect(business!.attributes('aria-pressed')).toBe('true');
    expect(priv!.attributes('aria-pressed')).toBe('false');

    await priv!.trigger('click');
    await business!.trigger('click');
    expect(wrapper.emitted('change')).toEqual([['private'], ['unassigned']]);
  });

  it('presses nothing while unassigned and marks a pending save', () => {
    const wrapper = mount(CategoryToggle, { props: { category: 'unassigned', jobName: 'Vase', pending: true } });

    expect(wrapper.findAll('[aria-pressed="true"]')).toHaveLength(0);
    expect(wrapper.attributes('aria-busy')).toBe('true');
  });
});
