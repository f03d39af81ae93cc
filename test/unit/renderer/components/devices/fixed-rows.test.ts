import { describe, expect, it } from 'vitest';
import { rowsHeight, rowsInView, scrollTopToShow, type RowGeometry } from '../../../../../renderer/components/devices/fixed-rows';

const geometry: RowGeometry = { rowHeight: 32, headerHeight: 40, overscan: 6 };
// A grid 520 px tall shows its 40 px header and 15 rows.
const view = 520;

describe('rows in view of equal-height rows', () => {
  it('renders the rows in view and the overscan below them at the top', () => {
    expect(rowsInView(500_000, 0, view, geometry)).toEqual({ start: 0, end: 15 + 6 });
  });

  it('renders the same number of rows for 1,000 and 500,000 devices, wherever the view is', () => {
    const size = (range: { start: number; end: number }) => range.end - range.start;
    expect(size(rowsInView(1_000, 0, view, geometry))).toBe(size(rowsInView(500_000, 0, view, geometry)));
    expect(size(rowsInView(1_000, 10_000, view, geometry))).toBe(size(rowsInView(500_000, 10_000, view, geometry)));
  });

  it('starts at the row under the sticky header and keeps the overscan on both sides in the middle', () => {
    // Scrolled by 100 rows: row 100 sits right under the header.
    const range = rowsInView(500_000, 100 * 32, view, geometry);
    expect(range.start).toBe(100 - 6);
    expect(range.end).toBe(100 + 15 + 6);
  });

  it('stops at the last row at the end of the list', () => {
    const count = 500_000;
    const bottom = 40 + rowsHeight(count, geometry) - view;
    const range = rowsInView(count, bottom, view, geometry);
    expect(range.end).toBe(count);
    expect(range.start).toBe(count - 15 - 6);
  });

  it('renders every row of a list shorter than the view, and none of an empty one', () => {
    expect(rowsInView(3, 0, view, geometry)).toEqual({ start: 0, end: 3 });
    expect(rowsInView(0, 0, view, geometry)).toEqual({ start: 0, end: 0 });
  });

  it('still renders the last rows when the offset is past the end (a list that just shrank)', () => {
    expect(rowsInView(10, 50_000, view, geometry)).toEqual({ start: 3, end: 10 });
  });

  it('makes the rows container as tall as every row', () => {
    expect(rowsHeight(500_000, geometry)).toBe(16_000_000);
    expect(rowsHeight(0, geometry)).toBe(0);
  });
});

describe('scrolling a row into view', () => {
  it('does not move for a row already shown whole', () => {
    expect(scrollTopToShow(0, 0, view, geometry)).toBeNull();
    expect(scrollTopToShow(14, 0, view, geometry)).toBeNull();
  });

  it('moves down just enough to show a row below the view at the bottom', () => {
    // Row 15 ends at 40 + 16 * 32 = 552 px: the view's bottom must reach it.
    expect(scrollTopToShow(15, 0, view, geometry)).toBe(552 - view);
  });

  it('moves up to show a row above the view right under the sticky header', () => {
    expect(scrollTopToShow(10, 100 * 32, view, geometry)).toBe(10 * 32);
    // Half hidden under the header counts as not shown.
    expect(scrollTopToShow(99, 100 * 32 - 16, view, geometry)).toBe(99 * 32);
  });

  it('reaches the last of 500,000 rows', () => {
    const top = scrollTopToShow(499_999, 0, view, geometry)!;
    expect(top).toBe(40 + 500_000 * 32 - view);
    const range = rowsInView(500_000, top, view, geometry);
    expect(range.end).toBe(500_000);
  });
});
