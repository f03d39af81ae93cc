import type { Clock } from '../base/clock';

/**
 * Keeps this app under Intune's per-app limits (Intune's published Graph limits: per 20 s, 2000
 * requests and 200 writes per app) by waiting, never failing. A sliding
 * window: a request may start when fewer than `limit` requests of its kind
 * started in the last `windowMs`. Waiters are served in arrival order.
 */
export interface RateLimits {
  windowMs: number;
  /** Every request, reads and writes. */
  requests: number;
  writes: number;
}

/**
 * A tenth below Intune's numbers: the limits are per app registration, which
 * other technicians' copies of this app may share, and retries count too.
 */
export const intuneAppLimits: RateLimits = { windowMs: 20_000, requests: 1_800, writes: 180 };

export type RequestKind = 'read' | 'write';

export interface RateLimiter {
  /** Resolves when a request of this kind may start (and counts it); rejects if the signal aborts first. */
  acquire(kind: RequestKind, signal?: AbortSignal): Promise<void>;
}

export function createRateLimiter(limits: RateLimits, clock: Clock): RateLimiter {
  const started: number[] = []; // start times of every request in the window, oldest first
  const writes: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  function prune(times: number[], now: number): void {
    while (times.length > 0 && (times[0] as number) <= now - limits.windowMs) times.shift();
  }

  /** Milliseconds until a slot is free, or 0 when one is free now. */
  function waitFor(kind: RequestKind, now: number): number {
    prune(started, now);
    prune(writes, now);
    let wait = 0;
    if (started.length >= limits.requests) wait = (started[started.length - limits.requests] as number) + limits.windowMs - now;
    if (kind === 'write' && writes.length >= limits.writes) {
      wait = Math.max(wait, (writes[writes.length - limits.writes] as number) + limits.windowMs - now);
    }
    return Math.max(0, wait);
  }

  async function take(kind: RequestKind, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      const wait = waitFor(kind, now);
      if (wait === 0) {
        started.push(now);
        if (kind === 'write') writes.push(now);
        return;
      }
      await clock.sleep(wait, signal);
    }
  }

  return {
    acquire(kind, signal) {
      const turn = queue.then(() => take(kind, signal));
      // A waiter that gave up must not hold up the ones behind it: its turn
      // finds the signal aborted and passes at once.
      queue = turn.catch(() => undefined);
      if (!signal) return turn;
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        turn.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}
