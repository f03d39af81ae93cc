/**
 * Runs in the page before the app (Playwright `addInitScript`) for the
 * warm-start case. From `probe.signInAt` (set by the bench just before it
 * clicks "Sign in"), it notes the first frame painted after each of:
 * - `firstRowsAt`: the grid shows rows (of the last session's list on a warm
 *   start, marked by the notice that carries `data-last-session`; of Graph's
 *   on a cold one);
 * - `wholeAt`: the grid holds `expected` devices (the whole saved list, or
 *   the whole fresh one);
 * - `freshAt`: the whole fresh list, with no last-session mark left.
 */
export interface WarmProbe {
  expected: number;
  signInAt?: number;
  firstRowsAt?: number;
  marked?: boolean;
  wholeAt?: number;
  freshAt?: number;
}

export function installWarmProbe(): void {
  const probe: WarmProbe = { expected: -1 };
  (window as unknown as { __warmProbe: WarmProbe }).__warmProbe = probe;
  const afterPaint = (note: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => note(performance.now()), 0));
  const check = () => {
    if (probe.signInAt === undefined) return;
    const grid = document.getElementById('device-grid');
    if (grid === null) return;
    const marked = document.querySelector('[data-last-session]') !== null;
    const rows = grid.querySelectorAll('.device-grid-body [role="row"]').length;
    const count = Number(grid.getAttribute('aria-rowcount') ?? '1') - 1;
    if (probe.firstRowsAt === undefined && rows > 0 && probe.marked === undefined) {
      probe.marked = marked;
      afterPaint((at) => (probe.firstRowsAt = at));
    }
    if (probe.wholeAt === undefined && count === probe.expected && probe.marked !== undefined) {
      probe.wholeAt = -1;
      afterPaint((at) => (probe.wholeAt = at));
    }
    if (probe.freshAt === undefined && count === probe.expected && !marked) {
      probe.freshAt = -1;
      afterPaint((at) => (probe.freshAt = at));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-rowcount', 'data-last-session'] });
}
