import type { Virtualizer } from '@tanstack/react-virtual';

type Rect = { width: number; height: number };

/**
 * The grid's size for the virtualiser, from a ResizeObserver only. The virtualiser's own version
 * also reads the size the moment the grid mounts, which forces a layout of the whole new workspace
 * inside React's commit: the longest task of a sign-in (issue 19). The observer reports after the
 * first layout, before that frame is painted; until then the virtualiser uses `initialRect`.
 */
export function observeGridRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  if (typeof ResizeObserver === 'undefined') {
    const { width, height } = element.getBoundingClientRect();
    cb({ width: Math.round(width), height: Math.round(height) });
    return undefined;
  }
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

/** Until the observer reports: as tall as the window, so the first frame already has its rows. */
export const initialGridRect = (): Rect => ({ width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight });
