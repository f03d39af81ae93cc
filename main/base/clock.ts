/**
 * Time as the Graph client, the rate limiter and the action tracker see it.
 * Injected so tests drive waits (Retry-After, backoff, polling) by advancing a
 * clock instead of sleeping on a noisy machine.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal as AbortSignal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/**
 * A wait for background timers (the action log's idle seal, its lock's heartbeat) that must not keep a
 * finished process alive, so the timer is unref'd. Once the signal aborts, the wait never ends: the
 * caller has stopped caring, and nothing is left to settle.
 */
export function sleepUnref(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => clearTimeout(timer);
    // A wait that ends takes its listener with it: the lock's heartbeat waits on one signal every
    // 10 s for the whole run, and each left-over listener (with its timer) would stay until release.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    timer.unref();
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
