import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { clampPanelHeight, keyStep, panelMaxHeight, panelMinHeight, panelShare } from './panel-split';

export const actionsPanelId = 'actions-panel';

/** The workspace's rows' height (its padding taken off) and the log's height now, read from the page. */
function measure(splitter: HTMLElement): { inner: number; panel: number } | null {
  const workspace = splitter.parentElement;
  const panel = document.getElementById(actionsPanelId);
  if (!workspace || !panel) return null;
  const style = getComputedStyle(workspace);
  const inner = workspace.clientHeight - (parseFloat(style.paddingTop) || 0) - (parseFloat(style.paddingBottom) || 0);
  return { inner, panel: panel.getBoundingClientRect().height };
}

/**
 * The edge between the device list and the actions log: drag it, or focus it and use ↑/↓ (Page Up/Down for
 * larger steps, Home for the tallest log, End for the smallest), to give the log the room a technician following
 * several actions needs; Enter or a double-click gives back the automatic size. The list above never goes below
 * its search, heads, about three rows and the selected device (panel-split.ts).
 */
export function ActionsSplitter() {
  const t = useT();
  const chosen = useStore((s) => s.actionsPanelHeight);
  const setHeight = useStore((s) => s.setActionsPanelHeight);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ startY: number; startHeight: number; inner: number } | null>(null);
  // What the splitter reads out: the log's share of the room it may take, kept current as the window is resized.
  const [share, setShare] = useState<number | null>(null);

  useEffect(() => {
    const splitter = ref.current;
    const panel = document.getElementById(actionsPanelId);
    if (!splitter || !panel || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const now = measure(splitter);
      if (now) setShare(panelShare(now.panel, now.inner));
    };
    const observer = new ResizeObserver(update);
    if (splitter.parentElement) observer.observe(splitter.parentElement);
    observer.observe(panel);
    update();
    return () => observer.disconnect();
  }, []);

  const moveBy = (delta: number | 'largest' | 'smallest') => {
    const now = ref.current && measure(ref.current);
    if (!now) return;
    const wanted = delta === 'largest' ? panelMaxHeight(now.inner) : delta === 'smallest' ? panelMinHeight : now.panel + delta;
    setHeight(clampPanelHeight(wanted, now.inner));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number | 'largest' | 'smallest'> = {
      ArrowUp: keyStep,
      ArrowDown: -keyStep,
      PageUp: keyStep * 3,
      PageDown: -keyStep * 3,
      Home: 'largest',
      End: 'smallest',
    };
    const move = moves[e.key];
    if (move !== undefined) moveBy(move);
    else if (e.key === 'Enter') setHeight(null);
    else return;
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const now = measure(e.currentTarget);
    if (!now || e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { startY: e.clientY, startHeight: now.panel, inner: now.inner };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    // Dragging up makes the log taller.
    if (start) setHeight(clampPanelHeight(start.startHeight + (start.startY - e.clientY), start.inner));
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      ref={ref}
      className={chosen === null ? 'actions-splitter' : 'actions-splitter is-chosen'}
      role="separator"
      aria-orientation="horizontal"
      aria-controls={actionsPanelId}
      aria-label={t.actions.resizeLabel}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={share ?? undefined}
      aria-valuetext={share === null ? undefined : t.actions.resizeValue(share)}
      title={t.actions.resizeHint}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={() => setHeight(null)}
    >
      <span className="splitter-grip" aria-hidden="true" />
    </div>
  );
}
