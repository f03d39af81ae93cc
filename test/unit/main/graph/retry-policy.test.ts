import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, retryDelay } from '../../../../main/graph/retry-policy';

const now = Date.UTC(2026, 0, 15, 9, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta seconds, whole or not', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  it('reads an HTTP date against the local clock', () => {
    expect(parseRetryAfter('Thu, 15 Jan 2026 09:00:30 GMT', now)).toBe(30_000);
  });

  it("reads an HTTP date against the response's own Date header when there is one", () => {
    // Our clock runs 10 minutes ahead of the server's; the wait is still 30 s.
    expect(parseRetryAfter('Thu, 15 Jan 2026 09:00:30 GMT', now + 600_000, 'Thu, 15 Jan 2026 09:00:00 GMT')).toBe(30_000);
  });

  it('never gives a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Thu, 15 Jan 2026 08:59:00 GMT', now)).toBe(0);
  });

  it('gives null for a missing or unreadable value, so backoff takes over', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('2026', now)).toBe(2_026_000); // digits are seconds, never a year
  });
});

describe('backoffDelay', () => {
  const options = { baseDelayMs: 1_000, maxDelayMs: 8_000 };

  it('doubles per attempt, with half of each step random', () => {
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(1, options, () => 1)).toBe(1_000);
    expect(backoffDelay(2, options, () => 0)).toBe(1_000);
    expect(backoffDelay(3, options, () => 1)).toBe(4_000);
  });

  it('is capped', () => {
    expect(backoffDelay(10, options, () => 1)).toBe(8_000);
    expect(backoffDelay(10, options, () => 0)).toBe(4_000);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75, 0.99].map((r) => backoffDelay(3, options, () => r)));
    expect(delays.size).toBe(5);
  });
});

describe('retryDelay', () => {
  it("prefers the service's Retry-After over backoff", () => {
    expect(retryDelay(3, 7_000, { baseDelayMs: 1_000, maxDelayMs: 8_000 }, () => 0)).toBe(7_000);
    expect(retryDelay(3, null, { baseDelayMs: 1_000, maxDelayMs: 8_000 }, () => 0)).toBe(2_000);
  });
});
