/**
 * The grid's height, from a ResizeObserver only. Reading the size the moment
 * the grid mounts forces a layout of the whole new workspace inside React's
 * commit: the longest task of a sign-in (issue 19). The observer reports
 * after the first layout, before that frame is painted; until then the grid
 * uses `initialGridHeight`.
 */
export function observeGridHeight(element: Element, report: (height: number) => void): () => void {
  if (typeof ResizeObserver === 'undefined') {
    report(Math.round(element.getBoundingClientRect().height));
    return () => undefined;
  }
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) report(Math.round(box.blockSize));
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/** Until the observer reports: as tall as the window, so the first frame already has its rows. */
export const initialGridHeight = (): number => (typeof window === 'undefined' ? 0 : window.innerHeight);
