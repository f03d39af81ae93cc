import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useFormat, useLanguage, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { missingActionScope } from '../../store/session-slice';
import { useStore } from '../../store/store';
import { DeviceRow } from './DeviceRow';
import { DeviceTableHeader } from './DeviceTableHeader';
import { DeviceTableState } from './DeviceTableState';
import { deviceColumns, headerHeight, nameColumn, rowDomId, rowHeight } from './device-columns';
import type { RowGeometry } from './fixed-rows';
import { useAtNextFrame } from './use-at-next-frame';
import { useFixedRows } from './use-fixed-rows';

export const deviceGridId = 'device-grid';
/** Where Enter sends focus: the details panel's heading, one Tab away from the action button. */
export const detailsHeadingId = 'details-title';

const pageRows = 15;

// The header row sits inside the scrolling grid (sticky), so the list starts one header below the top.
// Two rows beyond each edge of the view (64 px, a couple of frames of a smooth wheel scroll before the scroll event
// renders more). Every keystroke and every refresh of a loading list re-renders, lays out and paints each rendered
// row, and a trace counted the cost as one row's share of the frame: 6 rows beyond the view were 6 of 33 rows'
// work on every key (docs/benchmarks.md "Issue 19 session 10: typing while loading").
const deviceRowsOverscan = 2;
const geometry: RowGeometry = { rowHeight, headerHeight, overscan: deviceRowsOverscan };

/**
 * The fleet as an ARIA grid. Only the rows in view (plus a few) are in the
 * DOM, whatever the fleet size. Focus stays on the grid; the selected row is
 * its active descendant, moved with the arrow keys.
 */
export function DeviceTable() {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const now = useNow();
  // The rows are rewritten in the frame that paints them, not in the keystroke or refresh that found them
  // (use-at-next-frame.ts): the keystroke's task no longer lays the table out.
  const results = useAtNextFrame(useStore((s) => s.results));
  const selectedId = useStore((s) => s.selectedId);
  const openedId = useStore((s) => s.openedId);
  // One answer for every row: the permission is the sign-in's, not the device's (EligibilityBadge).
  const signInAllowsActions = useStore((s) => missingActionScope(s) === null);
  const moveSelection = useStore((s) => s.moveSelection);
  const openDevice = useStore((s) => s.openDevice);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [nameWidth, setNameWidth] = useState<number>(nameColumn.initial);

  // Rows all have one height, so which are in view is arithmetic on the scroll offset (fixed-rows.ts).
  const rows = useFixedRows(scrollRef, results.length, geometry);

  const onOpen = useCallback((deviceId: string) => void openDevice(deviceId), [openDevice]);

  // A new search or filter starts at the top; pages streaming in do not move the view.
  const query = useStore((s) => s.query);
  // The offset from the last scroll event says whether the view moved, without reading scrollTop (which
  // forces a layout in the middle of every keystroke, the slowest part of typing during a load).
  useEffect(() => {
    if (rows.scrollTop > 0) scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);

  function move(delta: number) {
    const row = moveSelection(delta);
    if (row >= 0) rows.scrollToRow(row);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: pageRows,
      PageUp: -pageRows,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(Number.isFinite(step) ? step : step > 0 ? results.length : -results.length);
      return;
    }
    if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault();
      void openDevice(selectedId);
      // The panel renders the opened device at once from the fleet; focus follows it there.
      requestAnimationFrame(() => document.getElementById(detailsHeadingId)?.focus());
    }
  }

  const shown: number[] = [];
  for (let row = rows.range.start; row < rows.range.end; row++) shown.push(row);
  const selectedRendered = selectedId !== null && shown.some((row) => results.device(row).id === selectedId);

  return (
    <div
      ref={scrollRef}
      id={deviceGridId}
      role="grid"
      aria-label={t.devices.region}
      aria-rowcount={results.length + 1}
      aria-colcount={deviceColumns.length}
      aria-describedby="device-grid-help"
      aria-activedescendant={selectedRendered ? rowDomId(selectedId!) : undefined}
      tabIndex={0}
      className="device-grid"
      style={{ '--name-col': `${nameWidth}px` } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <span id="device-grid-help" className="visually-hidden">
        {t.devices.tableHelp}
      </span>
      <DeviceTableHeader nameWidth={nameWidth} onResizeName={setNameWidth} />
      <DeviceTableState />
      <div className="device-grid-body" role={results.length > 0 ? 'rowgroup' : undefined} style={{ height: rows.totalHeight }}>
          {shown.map((row) => {
            const device = results.device(row);
            return (
              <DeviceRow
                // Keyed by the row's place, not the device: when a keystroke changes the results, React
                // rewrites the text of the rows already in the DOM instead of building every row anew.
                key={row}
                device={device}
                row={row}
                start={row * rowHeight}
                selected={device.id === selectedId}
                opened={device.id === openedId}
                now={now}
                t={t}
                language={language}
                format={format}
                signInAllowsActions={signInAllowsActions}
                onOpen={onOpen}
              />
            );
          })}
      </div>
    </div>
  );
}
