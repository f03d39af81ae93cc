import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampNameWidth, nameColumn } from './device-columns';

interface Props {
  label: string;
  width: number;
  onResize(width: number): void;
}

/**
 * The Device column's right edge: drag it, or focus it and press the arrow
 * keys (Home/End for the narrowest and widest), so a long name such as
 * "grace.o'brien_Android_9/3/2025" can be read whole in the table.
 */
export function ColumnResizer({ label, width, onResize }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (drag.current) onResize(clampNameWidth(drag.current.width + event.clientX - drag.current.x));
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next: Record<string, number> = {
      ArrowRight: width + nameColumn.step,
      ArrowLeft: width - nameColumn.step,
      Home: nameColumn.min,
      End: nameColumn.max,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onResize(clampNameWidth(target));
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={nameColumn.min}
      aria-valuemax={nameColumn.max}
      aria-valuenow={width}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
