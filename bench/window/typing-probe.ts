/**
 * Runs in the page before the app (Playwright `addInitScript`) for the
 * typing case. It records:
 * - every long task (Chromium's `longtask` entries: a task of more than 50 ms
 *   on the page's main thread, which is what makes typing stutter);
 * - for each key pressed in the search box, the time from the key (the
 *   event's own timestamp, taken when Chromium received it, so a key that
 *   waited behind a busy main thread counts its wait) to the first frame
 *   painted after the app handled it. The store filters on the keystroke
 *   itself, so that frame holds the key's results; `stale` counts the keys
 *   whose painted rows did not all show the typed text, which would say
 *   otherwise.
 */
export interface TypedKey {
  /** performance.now() of the key. */
  at: number;
  latencyMs: number;
  /** The painted rows did not all contain the search text (see above). */
  stale: boolean;
}

export interface TypingProbe {
  longTasks: Array<{ start: number; duration: number }>;
  keys: TypedKey[];
}

export function installTypingProbe(): void {
  const probe: TypingProbe = { longTasks: [], keys: [] };
  (window as unknown as { __typingProbe: TypingProbe }).__typingProbe = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // A row may match on a field it does not show (IMEI, model); with three characters or more of a
  // device name typed, rows show the text in their cells or their tooltips (name, UPN).
  const rowsShow = (text: string) => {
    const wanted = text.trim().toLowerCase();
    if (wanted.length < 3) return true;
    for (const row of document.querySelectorAll('#device-grid .device-grid-body [role="row"]')) {
      const titles = [...row.querySelectorAll('[title]')].map((cell) => cell.getAttribute('title')).join(' ');
      if (!`${row.textContent ?? ''} ${titles}`.toLowerCase().includes(wanted)) return false;
    }
    return true;
  };

  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (input?.id !== 'device-search') return;
      const at = event.timeStamp;
      // A rAF callback runs before the next frame is painted; a task queued from it runs after that paint.
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.keys.push({ at, latencyMs: performance.now() - at, stale: !rowsShow(input.value) });
        }, 0),
      );
    },
    { capture: true },
  );
}
