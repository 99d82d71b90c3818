import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrinterStatus } from '@/api/printers';
import type { ConnectionState } from './events';
import { FakeEventSource } from '@/test/fakeEventSource';
import { SseClient, backoffDelay, defaultBackoff } from './sseClient';

function status(printerId: string, state: PrinterStatus['state'], updatedAt = '2026-11-21T09:30:00Z'): PrinterStatus {
  return { printerId, state, connected: true, updatedAt } as PrinterStatus;
}

describe('backoffDelay', () => {
  it('doubles from 1 s and caps at 30 s without jitter', () => {
    const noJitter = () => 0.5;
    const delays = [0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffDelay(attempt, defaultBackoff, noJitter));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('jitters by at most ±20 % and never exceeds the cap', () => {
    expect(backoffDelay(2, defaultBackoff, () => 0)).toBe(3200);
    expect(backoffDelay(2, defaultBackoff, () => 0.999999)).toBe(4800);
    expect(backoffDelay(20, defaultBackoff, () => 0.999999)).toBe(30000);
  });
});

describe('SseClient', () => {
  let sources: FakeEventSource[];
  let states: ConnectionState[];
  let reconnected: number;
  let client: SseClient;

  const latest = () => sources[sources.length - 1]!;

  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '<base href="http://printernizer.local/">';
    sources = [];
    states = [];
    reconnected = 0;
    client = new SseClient({
      url: () => 'http://printernizer.local/api/v1/events',
      eventNames: ['printer.status', 'job.updated'],
      createEventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
      random: () => 0.5,
      onStateChange: (state) => states.push(state),
      onReconnected: () => {
        reconnected += 1;
      },
    });
  });

  afterEach(() => {
    client.stop();
    vi.useRealTimers();
    document.head.innerHTML = '';
  });

  it('goes from closed to connecting to open', () => {
    expect(client.state).toBe('closed');

    client.start();
    expect(client.state).toBe('connecting');
    latest().open();

    expect(client.state).toBe('open');
    expect(states).toEqual(['connecting', 'open']);
    expect(reconnected).toBe(0);
  });

  it('reconnects with growing delays while the server stays down', () => {
    client.start();
    latest().fail();
    expect(client.state).toBe('reconnecting');
    expect(sources).toHaveLength(1);
    expect(sources[0]!.closed).toBe(true);

    vi.advanceTimersByTime(999);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
    expect(client.state).toBe('connecting');

    latest().fail();
    vi.advanceTimersByTime(1999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);

    latest().fail();
    vi.advanceTimersByTime(3999);
    expect(sources).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(4);
    expect(client.attempts).toBe(3);
  });

  it('resets the backoff after a successful open and asks the stores to resync', () => {
    client.start();
    latest().open();
    latest().fail();
    vi.advanceTimersByTime(1000);
    latest().fail();
    vi.advanceTimersByTime(2000);
    latest().open();

    expect(client.state).toBe('open');
    expect(client.attempts).toBe(0);
    expect(reconnected).toBe(1);

    latest().fail();
    vi.advanceTimersByTime(1000);
    expect(client.state).toBe('connecting');
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'connecting', 'reconnecting', 'connecting', 'open', 'reconnecting', 'connecting']);
  });

  it('delivers typed events to their handlers and remembers the last event id', () => {
    const received: PrinterStatus[] = [];
    client.on('printer.status', (data) => received.push(data));
    client.start();
    latest().open();

    latest().emit('printer.status', JSON.stringify(status('p1', 'printing')), '17');
    latest().emit('job.updated', JSON.stringify({ id: 'j1' }), '18');

    expect(received).toEqual([status('p1', 'printing')]);
    expect(client.lastEventId).toBe('18');
  });

  it('asks for missed events with lastEventId when it reconnects', () => {
    client.start();
    latest().open();
    latest().emit('printer.status', JSON.stringify(status('p1', 'idle')), '41');
    latest().fail();
    vi.advanceTimersByTime(1000);

    expect(new URL(latest().url).searchParams.get('lastEventId')).toBe('41');
    expect(new URL(sources[0]!.url).searchParams.has('lastEventId')).toBe(false);
  });

  it('ignores a malformed event and keeps delivering the next ones', () => {
    const received: string[] = [];
    const throwing = vi.fn(() => {
      throw new Error('handler bug');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    client.on('printer.status', throwing);
    client.on('printer.status', (data) => received.push(data.state));
    client.start();
    latest().open();

    latest().emit('printer.status', '{not json');
    latest().emit('printer.status', JSON.stringify(status('p1', 'paused')));

    expect(received).toEqual(['paused']);
    expect(client.state).toBe('open');
  });

  it('stops for good: no timer fires and late callbacks of the old source are ignored', () => {
    client.start();
    const first = latest();
    first.fail();
    client.stop();

    expect(client.state).toBe('closed');
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);
    first.open();
    expect(client.state).toBe('closed');
  });

  it('reconnectNow skips the remaining delay', () => {
    client.start();
    latest().fail();
    client.reconnectNow();

    expect(sources).toHaveLength(2);
    expect(client.state).toBe('connecting');
  });

  it('unsubscribes a handler', () => {
    const handler = vi.fn();
    const off = client.on('job.updated', handler);
    client.start();
    latest().open();
    off();
    latest().emit('job.updated', '{"id":"j"}');

    expect(handler).not.toHaveBeenCalled();
  });
});
