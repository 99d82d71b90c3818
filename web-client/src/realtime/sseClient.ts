import type { ConnectionState, RealtimeEventMap, RealtimeEventName } from './events';

/** The part of the browser's EventSource this client uses (a test double can implement it). */
export interface EventSourceLike {
  onopen: ((ev: Event) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  addEventListener(type: string, listener: (ev: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

export interface BackoffOptions {
  /** Delay before the first reconnect attempt. */
  initialMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
  factor: number;
  /** Relative jitter, 0.2 = ±20 %. */
  jitter: number;
}

export const defaultBackoff: BackoffOptions = { initialMs: 1000, maxMs: 30_000, factor: 2, jitter: 0.2 };

/** Delay before reconnect attempt number `attempt` (0-based): initial·factor^attempt, jittered, capped. */
export function backoffDelay(attempt: number, options: BackoffOptions = defaultBackoff, random: () => number = Math.random): number {
  const exponential = options.initialMs * Math.pow(options.factor, Math.max(0, attempt));
  const base = Math.min(options.maxMs, exponential);
  const jittered = base * (1 - options.jitter + 2 * options.jitter * random());
  return Math.round(Math.min(options.maxMs, Math.max(0, jittered)));
}

export type RealtimeHandler<K extends RealtimeEventName> = (data: RealtimeEventMap[K], eventId: string | null) => void;

export interface SseClientOptions {
  /** The stream URL; the client appends `lastEventId` when it reconnects after having seen an event id. */
  url: () => string;
  eventNames: readonly RealtimeEventName[];
  createEventSource?: EventSourceFactory;
  backoff?: BackoffOptions;
  random?: () => number;
  onStateChange?: (state: ConnectionState, previous: ConnectionState) => void;
  /** Called when the stream is open again after a drop: state may have been missed, reload it. */
  onReconnected?: () => void;
  /** A payload that is not valid JSON (ignored otherwise). */
  onMalformedEvent?: (name: string, raw: string) => void;
}

const browserEventSource: EventSourceFactory = (url) => new EventSource(url, { withCredentials: true });

/**
 * One SSE connection with an explicit state machine:
 *
 *   closed --start()--> connecting --open--> open
 *   connecting | open --error--> reconnecting --(backoff timer)--> connecting
 *   any --stop()--> closed
 *
 * The browser's own EventSource retry is not used: on any error the source is closed and a new
 * one is opened after an exponential, jittered delay (reset after a successful open), carrying the
 * last seen event id as `?lastEventId=` because a new EventSource cannot set Last-Event-ID.
 */
export class SseClient {
  private readonly options: SseClientOptions;
  private readonly createEventSource: EventSourceFactory;
  private readonly handlers = new Map<RealtimeEventName, Set<(data: unknown, id: string | null) => void>>();
  private source: EventSourceLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private currentState: ConnectionState = 'closed';
  private failedAttempts = 0;
  private hasBeenOpen = false;
  private lastId: string | null = null;

  constructor(options: SseClientOptions) {
    this.options = options;
    this.createEventSource = options.createEventSource ?? browserEventSource;
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  /** Consecutive failed attempts since the last successful open. */
  get attempts(): number {
    return this.failedAttempts;
  }

  get lastEventId(): string | null {
    return this.lastId;
  }

  on<K extends RealtimeEventName>(name: K, handler: RealtimeHandler<K>): () => void {
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
    }
    const wrapped = handler as (data: unknown, id: string | null) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  }

  start(): void {
    if (this.currentState !== 'closed') return;
    this.failedAttempts = 0;
    this.hasBeenOpen = false;
    this.connect();
  }

  stop(): void {
    this.clearTimer();
    this.closeSource();
    this.setState('closed');
  }

  /** Skip the remaining backoff delay (e.g. when the browser comes back online). */
  reconnectNow(): void {
    if (this.currentState !== 'reconnecting') return;
    this.clearTimer();
    this.connect();
  }

  private connect(): void {
    this.closeSource();
    this.setState('connecting');
    const source = this.createEventSource(this.streamUrl());
    this.source = source;

    source.onopen = () => {
      if (this.source !== source) return;
      const reconnected = this.hasBeenOpen;
      this.hasBeenOpen = true;
      this.failedAttempts = 0;
      this.setState('open');
      if (reconnected) this.options.onReconnected?.();
    };

    source.onerror = () => {
      if (this.source !== source) return;
      this.closeSource();
      this.scheduleReconnect();
    };

    for (const name of this.options.eventNames) {
      source.addEventListener(name, (event) => {
        if (this.source !== source) return;
        this.dispatch(name, event);
      });
    }
  }

  private dispatch(name: RealtimeEventName, event: MessageEvent<string>): void {
    if (event.lastEventId) this.lastId = event.lastEventId;
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      this.options.onMalformedEvent?.(name, event.data);
      return;
    }
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        handler(data, event.lastEventId || null);
      } catch (error) {
        // One faulty handler must not stop the stream or the other handlers.
        console.error(`Handler for "${name}" failed`, error);
      }
    }
  }

  private scheduleReconnect(): void {
    const delay = backoffDelay(this.failedAttempts, this.options.backoff ?? defaultBackoff, this.options.random ?? Math.random);
    this.failedAttempts += 1;
    this.setState('reconnecting');
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, delay);
  }

  private streamUrl(): string {
    const base = this.options.url();
    if (!this.lastId) return base;
    const url = new URL(base, document.baseURI);
    url.searchParams.set('lastEventId', this.lastId);
    return url.toString();
  }

  private closeSource(): void {
    if (!this.source) return;
    const source = this.source;
    this.source = null;
    source.onopen = null;
    source.onerror = null;
    source.close();
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private setState(next: ConnectionState): void {
    const previous = this.currentState;
    if (previous === next) return;
    this.currentState = next;
    this.options.onStateChange?.(next, previous);
  }
}
