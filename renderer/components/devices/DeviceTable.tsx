import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useFormat, useLanguage, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { useStore } from '../../store/store';
import { DeviceRow } from './DeviceRow';
import { DeviceTableHeader } from './DeviceTableHeader';
import { DeviceTableState } from './DeviceTableState';
import { initialGridRect, observeGridRect } from './observe-grid-rect';
import { deviceColumns, headerHeight, nameColumn, rowDomId, rowHeight } from './device-columns';

export const deviceGridId = 'device-grid';
/** Where Enter sends focus: the details panel's heading, one Tab away from the action button. */
export const detailsHeadingId = 'details-title';

const pageRows = 15;

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
  const results = useStore((s) => s.results);
  const selectedId = useStore((s) => s.selectedId);
  const openedId = useStore((s) => s.openedId);
  const moveSelection = useStore((s) => s.moveSelection);
  const openDevice = useStore((s) => s.openDevice);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [nameWidth, setNameWidth] = useState<number>(nameColumn.initial);

  // The header row sits inside the scrolling grid (sticky), so the list starts one header below the top.
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Few rows beyond the view: every keystroke re-renders each one of them.
    overscan: 6,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    observeElementRect: observeGridRect,
    initialRect: initialGridRect(),
  });

  const onOpen = useCallback((deviceId: string) => void openDevice(deviceId), [openDevice]);

  // A new search or filter starts at the top; pages streaming in do not move the view.
  const query = useStore((s) => s.query);
  // The virtualiser's own offset says whether the view moved, without reading scrollTop (which
  // forces a layout in the middle of every keystroke, the slowest part of typing during a load).
  useEffect(() => {
    if ((virtualizer.scrollOffset ?? 0) > 0) scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);

  function move(delta: number) {
    const row = moveSelection(delta);
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
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

  const items = virtualizer.getVirtualItems();
  const selectedRendered =
    selectedId !== null && items.some((item) => item.index < results.length && results.device(item.index).id === selectedId);

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
      <div className="device-grid-body" role={results.length > 0 ? 'rowgroup' : undefined} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            if (item.index >= results.length) return null;
            const device = results.device(item.index);
            return (
              <DeviceRow
                // Keyed by the row's place, not the device: when a keystroke changes the results, React
                // rewrites the text of the rows already in the DOM instead of building every row anew.
                key={item.index}
                device={device}
                row={item.index}
                start={item.start - headerHeight}
                selected={device.id === selectedId}
                opened={device.id === openedId}
                now={now}
                t={t}
                language={language}
                format={format}
                onOpen={onOpen}
              />
            );
          })}
      </div>
    </div>
  );
}
