import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { describeFlowError, flowActions, progressFraction, progressText } from './orderFlow';

describe('order flow buttons', () => {
  it('offers release and cancel for a draft', () => {
    expect(flowActions('draft').map((a) => [a.target, a.label])).toEqual([
      ['released', 'Release'],
      ['cancelled', 'Cancel order'],
    ]);
  });

  it('walks released -> in production -> completed -> delivered', () => {
    expect(flowActions('released').map((a) => a.target)).toEqual(['in_production', 'cancelled']);
    expect(flowActions('in_production').map((a) => a.target)).toEqual(['completed', 'cancelled']);
    expect(flowActions('completed').map((a) => a.target)).toEqual(['delivered']);
  });

  it('offers nothing for final states', () => {
    expect(flowActions('delivered')).toEqual([]);
    expect(flowActions('cancelled')).toEqual([]);
  });

  it('asks before cancelling, never before a forward step', () => {
    expect(flowActions('draft').find((a) => a.target === 'cancelled')?.confirm).toMatch(/final/);
    expect(flowActions('draft').find((a) => a.target === 'released')?.confirm).toBeNull();
  });

  it('explains a 409 with the Api detail', () => {
    const error = new ApiError({ status: 409, title: 'Conflict', detail: 'Order A-2026-0001 is delivered and cannot become released. It is final.' });

    expect(describeFlowError(error, 'released')).toBe(
      '“Released” is not possible in the order\'s current state: Order A-2026-0001 is delivered and cannot become released. It is final. The order was reloaded.',
    );
    expect(describeFlowError(new ApiError({ status: 503, title: 'Unavailable' }), 'released')).toBe('Unavailable');
  });
});

describe('order progress', () => {
  const progress = (completedQuantity: number, totalQuantity: number) => ({
    progress: { completedQuantity, totalQuantity, percent: 0, linkedJobs: 0, completedJobs: 0, failedJobs: 0, openJobs: 0 },
  });

  it('counts copies', () => {
    expect(progressText(progress(4, 12))).toBe('4 of 12 copies done');
    expect(progressText(progress(0, 1))).toBe('0 of 1 copy done');
    expect(progressFraction(progress(3, 12))).toBe(0.25);
    expect(progressFraction(progress(0, 0))).toBe(0);
    expect(progressFraction(progress(13, 12))).toBe(1);
  });
});
