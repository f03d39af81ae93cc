import { GraphError } from '../graph/graph-error';

/**
 * Intune's per-app limits on the devices service: so many requests, and so
 * many writes, per 20-second window. Windows follow the tenant's clock, so a
 * test hits a limit and then moves past it without waiting.
 */
export interface ThrottleLimits {
  readonly requests: number;
  readonly writes: number;
  readonly windowMs: number;
}

export const INTUNE_APP_LIMITS: ThrottleLimits = { requests: 2000, writes: 200, windowMs: 20_000 };

export class Throttle {
  limits: ThrottleLimits = INTUNE_APP_LIMITS;
  /** Some Intune endpoints answer 429 without Retry-After; clients must back off on their own then. */
  sendRetryAfter = true;
  private windowStart = Number.NEGATIVE_INFINITY;
  private requests = 0;
  private writes = 0;

  /** Counts the request, or throws the 429 it earns. */
  admit(isWrite: boolean, now: number): void {
    // A clock moved backwards (a test's) also starts a new window.
    if (now - this.windowStart >= this.limits.windowMs || now < this.windowStart) this.reset(now);
    const overRequests = this.requests >= this.limits.requests;
    const overWrites = isWrite && this.writes >= this.limits.writes;
    if (overRequests || overWrites) {
      const seconds = Math.max(1, Math.ceil((this.windowStart + this.limits.windowMs - now) / 1000));
      throw tooManyRequests(this.sendRetryAfter ? seconds : undefined, overWrites ? 'write' : 'request');
    }
    this.requests++;
    if (isWrite) this.writes++;
  }

  reset(now = Number.NEGATIVE_INFINITY): void {
    this.windowStart = now;
    this.requests = 0;
    this.writes = 0;
  }
}

export function tooManyRequests(retryAfter: number | undefined, kind: 'write' | 'request' = 'request'): GraphError {
  return new GraphError(429, 'TooManyRequests', `Too many ${kind}s from this application in the current window.`, {
    intune: true,
    ...(retryAfter !== undefined && { retryAfter }),
  });
}
