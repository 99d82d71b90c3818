import { describe, expect, it } from 'vitest';
import { aQueueItem } from '@/test/queue';
import { applyMove, movePosition, neighbourFor, sortQueue, stepMove } from './queueOrder';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

// a, b, c waiting in manual order; p printing; d done.
const queue = () =>
  sortQueue([
    aQueueItem({ id: 'a', position: 1 }),
    aQueueItem({ id: 'b', position: 2, status: 'assigned', printerId: 'p-1' }),
    aQueueItem({ id: 'c', position: 3 }),
    aQueueItem({ id: 'p', position: 4, status: 'printing' }),
    aQueueItem({ id: 'd', position: 5, status: 'done', updatedAt: '2026-11-21T11:00:00Z' }),
  ]);

describe('queue order', () => {
  it('sorts like the Api: priority, due date, manual position; closed items last, newest first', () => {
    const sorted = sortQueue([
      aQueueItem({ id: 'late', position: 1, dueDate: '2026-12-20' }),
      aQueueItem({ id: 'old', status: 'done', updatedAt: '2026-11-20T09:00:00Z' }),
      aQueueItem({ id: 'plain', position: 0 }),
      aQueueItem({ id: 'soon', position: 9, dueDate: '2026-12-01' }),
      aQueueItem({ id: 'urgent', position: 10, priority: 'urgent' }),
      aQueueItem({ id: 'new', status: 'failed', updatedAt: '2026-11-21T09:30:00Z' }),
    ]);

    expect(ids(sorted)).toEqual(['urgent', 'soon', 'late', 'plain', 'new', 'old']);
  });

  it('computes the Api position for dropping before or after another waiting item', () => {
    const items = queue();

    expect(movePosition(items, 'c', 'a', 'before')).toBe(1);
    expect(movePosition(items, 'a', 'c', 'after')).toBe(3);
    expect(movePosition(items, 'a', 'b', 'after')).toBe(2);
    expect(movePosition(items, 'a', 'a', 'before')).toBeNull();
    expect(movePosition(items, 'p', 'a', 'before')).toBeNull();
    expect(movePosition(items, 'a', 'd', 'before')).toBeNull();
  });

  it('applies a move as the Api will: renumbered waiting items, running and closed ones untouched', () => {
    const moved = applyMove(queue(), 'c', 1);

    expect(ids(moved)).toEqual(['c', 'a', 'b', 'p', 'd']);
    expect(moved.filter((i) => ['a', 'b', 'c'].includes(i.id)).map((i) => [i.id, i.position])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect(moved.find((i) => i.id === 'p')?.position).toBe(4);
    expect(ids(applyMove(queue(), 'a', 99))).toEqual(['b', 'c', 'a', 'p', 'd']);
  });

  it('moves up and down only within the same priority and due date', () => {
    const items = sortQueue([
      aQueueItem({ id: 'u', priority: 'urgent', position: 1 }),
      aQueueItem({ id: 'x', position: 2 }),
      aQueueItem({ id: 'y', position: 3 }),
      aQueueItem({ id: 'r', position: 4, status: 'printing' }),
    ]);

    expect(neighbourFor(items, 'x', 'up')).toBeNull();
    expect(stepMove(items, 'x', 'down')).toBe(3);
    expect(ids(applyMove(items, 'x', 3))).toEqual(['u', 'y', 'x', 'r']);
    expect(stepMove(items, 'y', 'up')).toBe(2);
    expect(stepMove(items, 'y', 'down')).toBeNull();
    expect(stepMove(items, 'r', 'up')).toBeNull();
  });
});
