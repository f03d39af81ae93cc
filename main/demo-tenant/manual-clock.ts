import type { DemoClock } from './tenant-state';

/** A clock that moves only when told: actions progress, tokens expire and throttle windows pass on command. */
export interface ManualClock extends DemoClock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function createManualClock(startMs = Date.UTC(2026, 0, 15, 9, 0, 0)): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}
