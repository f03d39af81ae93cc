import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sleepUnref } from '../../../../main/base/clock';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sleepUnref', () => {
  it('leaves no listener on the signal once a wait has ended, however many waits share it (the lock heartbeat)', async () => {
    const stop = new AbortController();
    for (let beat = 0; beat < 20; beat++) {
      const wait = sleepUnref(10_000, stop.signal);
      await vi.advanceTimersByTimeAsync(10_000);
      await wait;
    }
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('never ends once its signal aborts, and its timer is gone', async () => {
    const stop = new AbortController();
    let ended = false;
    void sleepUnref(10_000, stop.signal).then(() => (ended = true));
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
    stop.abort();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(ended).toBe(false);
  });
});
