/**
 * Where the window opens: the saved size and position, validated and moved
 * onto a display that is connected now. Pure and free of Electron (the glue in
 * window-state.ts passes `screen`'s work areas in), so it is unit-tested.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is saved between runs: the window's normal (unmaximised) bounds. */
export interface WindowState {
  version: 1;
  bounds: Rect;
  maximized: boolean;
}

/** Kept equal to the sizes in secure-window.ts. */
export const windowSize = { defaultWidth: 1280, defaultHeight: 820, minWidth: 960, minHeight: 600 } as const;

// Coordinates beyond this are not a real desktop (and bigger numbers than any
// display would only come from a corrupted or hand-edited file).
const coordinateLimit = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= coordinateLimit;
}

/** The saved file's content, or null when it is not a window state we wrote. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, bounds, maximized } = raw as Record<string, unknown>;
  if (version !== 1 || typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return {
    version: 1,
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** No bigger than the area (nor smaller than the window's minimum, unless the area is). */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, windowSize.minWidth), area.width),
    height: Math.min(Math.max(height, windowSize.minHeight), area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return { x: area.x + Math.round((area.width - size.width) / 2), y: area.y + Math.round((area.height - size.height) / 2), ...size };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * The bounds to open with. `workAreas` are the connected displays' work areas
 * (without taskbar or menu bar), `primary` the primary display's. The saved
 * window goes on the display it overlaps most, shrunk to fit and moved fully
 * inside it; a window that overlaps no display any more (a monitor was
 * unplugged) opens centred on the primary display at its saved size.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): { bounds: Rect; maximized: boolean } {
  if (!saved) return { bounds: centred(fitSize(windowSize.defaultWidth, windowSize.defaultHeight, primary), primary), maximized: false };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    if (shared > bestOverlap) {
      best = area;
      bestOverlap = shared;
    }
  }
  const size = fitSize(saved.bounds.width, saved.bounds.height, best ?? primary);
  if (!best) return { bounds: centred(size, primary), maximized: saved.maximized };
  return {
    bounds: {
      x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}
