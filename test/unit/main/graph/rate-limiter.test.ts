import { describe, expect, it } from 'vitest';
import { createRateLimiter, intuneAppLimits } from '../../../../main/graph/rate-limiter';
import { createFakeClock } from '../../../support/fake-clock';

function track(promise: Promise<void>) {
  const state = { done: false, failed: null as unknown };
  promise.then(
    () => (state.done = true),
    (error) => (state.failed = error),
  );
  return state;
}

describe('rate limiter', () => {
  it("stays under Intune's per-app limits by default", () => {
    expect(intuneAppLimits.windowMs).toBe(20_000);
    expect(intuneAppLimits.requests).toBeLessThan(2_000);
    expect(intuneAppLimits.writes).toBeLessThan(200);
  });

  it('lets requests through until the window is full, then waits for the oldest to leave it', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ windowMs: 1_000, requests: 2, writes: 1 }, clock);
    await limiter.acquire('read');
    await clock.advance(400);
    await limiter.acquire('read');
    const third = track(limiter.acquire('read'));
    await clock.settle();
    expect(third.done).toBe(false);
    expect(clock.pending()).toEqual([600]); // until the first request is 1 s old
    await clock.advance(599);
    expect(third.done).toBe(false);
    await clock.advance(1);
    expect(third.done).toBe(true);
  });

  it('slides rather than resetting in fixed windows', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ windowMs: 1_000, requests: 2, writes: 2 }, clock);
    await limiter.acquire('read'); // t=0
    await clock.advance(900);
    await limiter.acquire('read'); // t=900
    await clock.advance(100);
    await limiter.acquire('read'); // t=1000: the first left the window
    const fourth = track(limiter.acquire('read'));
    await clock.advance(850);
    expect(fourth.done).toBe(false); // t=1850: 900 and 1000 are both still inside
    await clock.advance(50);
    expect(fourth.done).toBe(true); // t=1900
  });

  it('limits writes separately, and counts them as requests too', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ windowMs: 1_000, requests: 3, writes: 1 }, clock);
    await limiter.acquire('write');
    const write = track(limiter.acquire('write'));
    await clock.settle();
    expect(write.done).toBe(false);
    await clock.advance(1_000);
    expect(write.done).toBe(true);
    await limiter.acquire('read');
    await limiter.acquire('read');
    const read = track(limiter.acquire('read'));
    await clock.settle();
    expect(read.done).toBe(false); // 1 write + 2 reads fill the 3 requests of the window
  });

  it('serves waiters in arrival order', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ windowMs: 1_000, requests: 1, writes: 1 }, clock);
    const order: string[] = [];
    await limiter.acquire('read');
    const a = limiter.acquire('read').then(() => order.push('a'));
    const b = limiter.acquire('read').then(() => order.push('b'));
    await clock.advance(1_000);
    await clock.advance(1_000);
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
  });

  it('lets a waiter give up without holding up the ones behind it', async () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter({ windowMs: 1_000, requests: 1, writes: 1 }, clock);
    await limiter.acquire('read');
    const controller = new AbortController();
    const cancelled = track(limiter.acquire('read', controller.signal));
    const next = track(limiter.acquire('read'));
    controller.abort(new Error('cancelled'));
    await clock.settle();
    expect(cancelled.failed).toBeInstanceOf(Error);
    await clock.advance(1_000);
    expect(next.done).toBe(true);
  });
});
