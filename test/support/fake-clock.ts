import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Clock } from '../../main/base/clock';

/**
 * A Clock that moves only when the test says so. `sleep` registers a timer;
 * `advance` fires the timers it passes, in order, letting the code they wake
 * run (to its next wait) before moving on. No test waits on real time.
 */
export interface FakeClock extends Clock {
  advance(ms: number): Promise<void>;
  /** Moves to the earliest pending timer and fires it; false when there is none. */
  next(): Promise<boolean>;
  /** Lets pending promise callbacks and I/O run without moving time. */
  settle(): Promise<void>;
  pending(): number[];
}

interface Timer {
  at: number;
  fire(): void;
}

export function createFakeClock(startMs = Date.UTC(2026, 0, 15, 9, 0, 0)): FakeClock {
  let now = startMs;
  const timers = new Set<Timer>();
  const settle = async () => {
    for (let i = 0; i < 5; i++) await nextTurn();
  };
  const earliest = () => [...timers].sort((a, b) => a.at - b.at)[0];

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer: Timer = {
          at: now + Math.max(0, ms),
          fire: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          timers.delete(timer);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.add(timer);
      });
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (let timer = earliest(); timer !== undefined && timer.at <= target; timer = earliest()) {
        now = Math.max(now, timer.at);
        timers.delete(timer);
        timer.fire();
        await settle();
      }
      now = target;
      await settle();
    },
    async next() {
      await settle();
      const timer = earliest();
      if (timer === undefined) return false;
      now = Math.max(now, timer.at);
      timers.delete(timer);
      timer.fire();
      await settle();
      return true;
    },
    settle,
    pending: () => [...timers].map((t) => t.at - now).sort((a, b) => a - b),
  };
}
