import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { PrinterStatus } from '@/api/printers';
import { useRealtimeStore } from './realtime';

const status = (state: PrinterStatus['state'], updatedAt: string): PrinterStatus =>
  ({ printerId: 'p1', state, connected: true, updatedAt }) as PrinterStatus;

describe('realtime store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('keeps the newest status per printer even when an older one arrives late', () => {
    const store = useRealtimeStore();

    store.applyStatus(status('printing', '2026-11-21T10:00:05Z'));
    store.applyStatus(status('idle', '2026-11-21T10:00:01Z'));

    expect(store.statusOf('p1')?.state).toBe('printing');
  });

  it('forgets a removed printer', () => {
    const store = useRealtimeStore();
    store.applyStatus(status('idle', '2026-11-21T10:00:00Z'));

    store.forget('p1');

    expect(store.statusOf('p1')).toBeUndefined();
  });
});
