import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import type { JobCost, JobCostVersion } from '@/api/costs';
import JobCostPanel from './JobCostPanel.vue';

const frozen: JobCost = {
  material: 1.87,
  energy: 0.13,
  machine: 0.6,
  labour: 15,
  failureAllowance: 0.13,
  total: 17.73,
  currency: 'EUR',
  frozenAt: '2026-03-10T12:30:00Z',
  version: 2,
};

function version(v: number, superseded: boolean, reason: string | null): JobCostVersion {
  return {
    version: v,
    frozenAt: '2026-03-10T12:30:00Z',
    superseded,
    actor: v === 1 ? 'system' : 'admin',
    reason,
    material: 1.87,
    energy: 0.13,
    machine: 0.6,
    labour: 15,
    failureAllowance: 0.13,
    total: v === 1 ? 17.5 : 17.73,
    actualCost: 17.6,
    currency: 'EUR',
    printSeconds: 16200,
    materialType: 'PLA',
    materialGrams: 85,
    materialIsEstimate: false,
    energyKwh: 0.4275,
    status: 'completed',
    rates: {} as JobCostVersion['rates'],
  };
}

describe('JobCostPanel', () => {
  it('shows the breakdown in euros, the revision and the superseded versions with their reasons', () => {
    const wrapper = mount(JobCostPanel, { props: { cost: frozen, versions: [version(2, false, 'Spool weighed'), version(1, true, null)] } });

    expect(wrapper.get('[data-testid="job-cost-total"]').text()).toBe('17,73\u00a0€');
    expect(wrapper.text()).toContain('revision 2');
    expect(wrapper.text()).toContain('Material');
    expect(wrapper.get('[data-version="1"]').text()).toContain('superseded');
    expect(wrapper.get('[data-version="2"]').text()).toContain('Spool weighed');
    expect(wrapper.get('[data-version="2"]').text()).not.toContain('superseded');
  });

  it('marks a live cost as not frozen yet', () => {
    const wrapper = mount(JobCostPanel, { props: { cost: { ...frozen, frozenAt: null, version: 0 }, versions: [] } });

    expect(wrapper.text()).toContain('Live estimate while printing');
    expect(wrapper.text()).not.toContain('Revisions');
  });
});
