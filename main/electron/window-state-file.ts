import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseWindowState, type Rect, type WindowState } from './window-bounds';

/** The small JSON file in userData that remembers the window between runs. */
export const windowStateFileName = 'window-state.json';

/** The saved state, or null when there is none or it is unreadable (then the window opens at its default place). */
export function readWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(path.join(userDataDir, windowStateFileName), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Written to a temporary file and renamed over the old one, so a crash while
 * quitting leaves the previous state rather than half a file.
 */
export function writeWindowState(userDataDir: string, bounds: Rect, maximized: boolean): void {
  const state: WindowState = { version: 1, bounds, maximized };
  const file = path.join(userDataDir, windowStateFileName);
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
