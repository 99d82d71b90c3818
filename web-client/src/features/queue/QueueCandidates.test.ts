import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { aCandidate } from '@/test/queue';
import QueueCandidates from './QueueCandidates.vue';

const candidates = [
  aCandidate({ printerId: 'p-a', printerName: 'Sim A', score: 97.25, reasons: ['The printer is idle.', 'Nothing else assigned to it.'] }),
  aCandidate({
    printerId: 'p-b',
    printerName: 'Sim B',
    eligible: false,
    score: 91,
    reasons: ['The plate has not been confirmed cleared since the last job.', 'The printer is idle.'],
    problems: ['The plate has not been confirmed cleared since the last job.'],
  }),
  aCandidate({
    printerId: 'p-x',
    printerName: 'X1C',
    eligible: false,
    assignable: false,
    score: 80,
    predictedSeconds: null,
    reasons: ['Bambu printers take sliced .gcode.3mf files; this is a .gcode file.'],
  }),
];

describe('QueueCandidates', () => {
  it('lists the printers in the Api ranking with score, verdict and every reason; rejected ones greyed without Assign', () => {
    const wrapper = mount(QueueCandidates, { props: { candidates, waiting: true } });

    const rows = wrapper.findAll('li[data-printer-id]');
    expect(rows.map((r) => r.attributes('data-printer-id'))).toEqual(['p-a', 'p-b', 'p-x']);
    expect(rows[0]!.text()).toContain('Ready now');
    expect(rows[0]!.text()).toContain('Score 97.3');
    expect(rows[0]!.text()).toContain('≈ 11 min');
    expect(rows[0]!.get('[data-testid="finish-at"]').text()).toBe('done ≈ 21 Nov 2026, 11:00');
    expect(rows[1]!.text()).toContain('Suitable, not ready yet');
    expect(rows[1]!.text()).toContain('The plate has not been confirmed cleared since the last job.');
    expect(rows[2]!.classes()).toContain('candidates__item--rejected');
    expect(rows[2]!.text()).toContain('Not suitable');
    expect(rows[2]!.text()).toContain('this is a .gcode file');
    expect(rows.map((r) => r.findAll('button').length)).toEqual([1, 1, 0]);
  });

  it('marks the reasons that block a dispatch, and only those', () => {
    const wrapper = mount(QueueCandidates, { props: { candidates, waiting: true } });

    const blocking = wrapper.get('[data-printer-id="p-b"]').findAll('[data-problem]');
    expect(blocking.map((r) => r.text())).toEqual(['Blocking: The plate has not been confirmed cleared since the last job.']);
    expect(blocking[0]!.classes()).toContain('candidates__reason--problem');
    expect(wrapper.get('[data-printer-id="p-a"]').findAll('[data-problem]')).toHaveLength(0);
  });

  it('emits the printer to assign and hides Assign for the printer it is on', async () => {
    const wrapper = mount(QueueCandidates, { props: { candidates, waiting: true, assignedPrinterId: 'p-a' } });

    expect(wrapper.get('[data-printer-id="p-a"]').text()).toContain('Assigned');
    expect(wrapper.get('[data-printer-id="p-a"]').find('button').exists()).toBe(false);
    await wrapper.get('[data-printer-id="p-b"] button').trigger('click');

    expect(wrapper.emitted('assign')).toEqual([['p-b']]);
  });

  it('offers no Assign for an item that is no longer waiting', () => {
    const wrapper = mount(QueueCandidates, { props: { candidates, waiting: false } });

    expect(wrapper.findAll('button')).toHaveLength(0);
  });
});
