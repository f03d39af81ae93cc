/**
 * Which rows of a list of equal-height rows are in view, and where to scroll
 * to bring one into view: arithmetic on the scroll offset, whatever the list's
 * length. The table used a general virtualiser that, on every change of the
 * row count, laid out every row (an array of keys and a Float64Array of two
 * numbers per row): at 500,000 devices that was most of the time from the
 * last page to the painted table, and a long task on every refresh during
 * the load (issue 19, docs/benchmarks.md "Issue 19 session 6").
 */
export interface RowGeometry {
  rowHeight: number;
  /** Space above the first row inside the scrolling element (a sticky header). */
  headerHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
}

/** Rows `start` (inclusive) to `end` (exclusive) are rendered. */
export interface RowRange {
  start: number;
  end: number;
}

export function rowsInView(count: number, scrollTop: number, viewportHeight: number, geometry: RowGeometry): RowRange {
  if (count <= 0) return { start: 0, end: 0 };
  const { rowHeight, headerHeight, overscan } = geometry;
  // The sticky header covers the view's top: rows show between it and the view's bottom.
  const top = Math.max(0, scrollTop);
  const bottom = Math.max(0, scrollTop + viewportHeight - headerHeight);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const endVisible = Math.min(count, Math.max(firstVisible + 1, Math.ceil(bottom / rowHeight)));
  return { start: Math.max(0, firstVisible - overscan), end: Math.min(count, endVisible + overscan) };
}

/** Height of all rows together (the header not included). */
export function rowsHeight(count: number, geometry: RowGeometry): number {
  return Math.max(0, count) * geometry.rowHeight;
}

/**
 * The scroll offset that shows `row` whole below the sticky header, moving as
 * little as possible; null when it is already shown whole.
 */
export function scrollTopToShow(row: number, scrollTop: number, viewportHeight: number, geometry: RowGeometry): number | null {
  const { rowHeight, headerHeight } = geometry;
  const rowTop = headerHeight + row * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop + headerHeight) return Math.max(0, rowTop - headerHeight);
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return null;
}
