/**
 * When and how long to wait before trying a Graph call again (Microsoft's
 * Graph throttling guidance). Pure functions, so the waits are tested without a network.
 */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the call fails as throttled. */
  maxRetryAfterMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Statuses after which Graph did not (429) or may not (503, 504) have run a call. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

const seconds = /^\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * `Retry-After` in milliseconds from `now`: delta seconds or an HTTP date.
 * A date is read against the response's own `Date` header when there is one,
 * so a skewed local clock does not stretch or cut the wait. Null when absent
 * or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number, responseDate?: string | null): number | null {
  if (value === null || value === undefined) return null;
  const delta = seconds.exec(value);
  if (delta?.[1] !== undefined) return Math.round(Number(delta[1]) * 1000);
  // Only HTTP dates (they name a weekday or a month), not whatever Date.parse would guess at.
  if (!/[a-z]{3}/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const serverNow = responseDate ? Date.parse(responseDate) : Number.NaN;
  return Math.max(0, at - (Number.isNaN(serverNow) ? now : serverNow));
}

/**
 * Exponential backoff with jitter for attempt `attempt` (1 = the wait after
 * the first failure): half the exponential step is fixed, half random, so
 * clients throttled together do not come back together.
 */
export function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * Math.min(1, Math.max(0, random())));
}

/** The wait before the next attempt: the service's word when it gave one, else backoff. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  return retryAfterMs ?? backoffDelay(attempt, options, random);
}
