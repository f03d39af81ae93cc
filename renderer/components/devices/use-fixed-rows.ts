import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rowsHeight, rowsInView, scrollTopToShow, type RowGeometry, type RowRange } from './fixed-rows';
import { initialGridHeight, observeGridHeight } from './observe-grid-rect';

export interface FixedRows {
  range: RowRange;
  /** Height of the rows' container. */
  totalHeight: number;
  /** The scroll offset as of the last scroll event (read without forcing a layout). */
  scrollTop: number;
  /** Scrolls the least needed to show `row` whole. */
  scrollToRow(row: number): void;
}

/**
 * The rows of `count` equal-height rows to render in `scrollRef`'s element:
 * the same work at 1,000 and 500,000 rows (see fixed-rows.ts).
 */
export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, geometry: RowGeometry): FixedRows {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(initialGridHeight);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    const onScroll = () => setScrollTop(element.scrollTop);
    element.addEventListener('scroll', onScroll, { passive: true });
    const stopObserving = observeGridHeight(element, setViewportHeight);
    return () => {
      element.removeEventListener('scroll', onScroll);
      stopObserving();
    };
  }, [scrollRef]);

  const scrollToRow = useCallback(
    (row: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = scrollTopToShow(row, scrollTop, viewportHeight, geometry);
      if (top === null) return;
      element.scrollTop = top;
      // Render the target rows now rather than after the scroll event: the selection is then in the DOM at once.
      setScrollTop(top);
    },
    [scrollRef, scrollTop, viewportHeight, geometry],
  );

  return { range: rowsInView(count, scrollTop, viewportHeight, geometry), totalHeight: rowsHeight(count, geometry), scrollTop, scrollToRow };
}
