import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, windowSize, type Rect, type WindowState } from '../../../../main/electron/window-bounds';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 }; // work area below a menu bar
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const saved = (bounds: Rect, maximized = false): WindowState => ({ version: 1, bounds, maximized });

describe('reading the saved window state', () => {
  it('accepts what the app wrote, rounding fractional pixels', () => {
    expect(parseWindowState({ version: 1, bounds: { x: 10.4, y: 20, width: 1200.6, height: 800 }, maximized: true })).toEqual(
      saved({ x: 10, y: 20, width: 1201, height: 800 }, true),
    );
  });

  it('treats a missing maximized flag as not maximised', () => {
    expect(parseWindowState({ version: 1, bounds: { x: 0, y: 0, width: 1000, height: 700 } })?.maximized).toBe(false);
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['another version', { version: 2, bounds: { x: 0, y: 0, width: 1000, height: 700 } }],
    ['no bounds', { version: 1 }],
    ['a string coordinate', { version: 1, bounds: { x: '0', y: 0, width: 1000, height: 700 } }],
    ['NaN', { version: 1, bounds: { x: Number.NaN, y: 0, width: 1000, height: 700 } }],
    ['Infinity', { version: 1, bounds: { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 700 } }],
    ['a zero width', { version: 1, bounds: { x: 0, y: 0, width: 0, height: 700 } }],
    ['a negative height', { version: 1, bounds: { x: 0, y: 0, width: 1000, height: -5 } }],
    ['an absurd coordinate', { version: 1, bounds: { x: 1e9, y: 0, width: 1000, height: 700 } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('placing the window', () => {
  it('uses the same default and minimum sizes as the window factory', () => {
    // secure-window.ts imports Electron, so its literal is read as text.
    const factory = readFileSync('main/electron/secure-window.ts', 'utf8');
    expect(factory).toContain(`?? ${windowSize.defaultWidth}`);
    expect(factory).toContain(`?? ${windowSize.defaultHeight}`);
    expect(factory).toContain(`minWidth: ${windowSize.minWidth}`);
    expect(factory).toContain(`minHeight: ${windowSize.minHeight}`);
  });

  it('opens at the default size, centred on the primary display, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 25 + 28, width: windowSize.defaultWidth, height: windowSize.defaultHeight },
      maximized: false,
    });
  });

  it('shrinks the default size to a small primary display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(null, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('keeps a saved place that is still fully visible, and its maximised flag', () => {
    const bounds = { x: 1600, y: 100, width: 1400, height: 900 };
    expect(placeWindow(saved(bounds, true), [laptop, external], laptop)).toEqual({ bounds, maximized: true });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const placed = placeWindow(saved({ x: 3500, y: 1000, width: 1200, height: 800 }), [laptop, external], laptop);
    expect(placed.bounds).toEqual({ x: 1440 + 2560 - 1200, y: 1400 - 800, width: 1200, height: 800 });
  });

  it('moves a window from the menu-bar strip down into the work area', () => {
    expect(placeWindow(saved({ x: 100, y: 0, width: 1200, height: 800 }), [laptop], laptop).bounds.y).toBe(25);
  });

  it('shrinks a window bigger than its display to fit it', () => {
    const placed = placeWindow(saved({ x: -50, y: -50, width: 3000, height: 2000 }), [laptop], laptop);
    expect(placed.bounds).toEqual(laptop);
  });

  it('centres the window on the primary display when its monitor was unplugged', () => {
    const placed = placeWindow(saved({ x: 2000, y: 200, width: 1400, height: 900 }, true), [laptop], laptop);
    expect(placed).toEqual({ bounds: { x: 20, y: 25, width: 1400, height: 875 }, maximized: true });
  });

  it('never goes below the minimum size a display allows', () => {
    const placed = placeWindow(saved({ x: 100, y: 100, width: 200, height: 150 }), [laptop], laptop);
    expect(placed.bounds.width).toBe(windowSize.minWidth);
    expect(placed.bounds.height).toBe(windowSize.minHeight);
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -300, width: 1920, height: 1080 };
    const bounds = { x: -1800, y: -250, width: 1200, height: 800 };
    expect(placeWindow(saved(bounds), [laptop, left], laptop).bounds).toEqual(bounds);
  });
});
