import { useSyncExternalStore } from 'react';

// One clock for every relative time on screen, so the table, the panel and a
// dialog never disagree ("3 minutes ago" next to "4 minutes ago").
const tickMs = 15_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, shared and refreshed every few seconds, so relative times stay true. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
