import { screen, type BrowserWindow } from 'electron';
import type { Logger } from '../base/logger';
import { placeWindow, type Rect } from './window-bounds';
import { readWindowState, writeWindowState } from './window-state-file';

export interface WindowPlacement {
  bounds: Rect;
  maximized: boolean;
}

/** Where to open the window: last run's place, checked against today's displays. Call after app is ready. */
export function loadWindowPlacement(userDataDir: string): WindowPlacement {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return placeWindow(readWindowState(userDataDir), workAreas, screen.getPrimaryDisplay().workArea);
}

/**
 * Re-maximises the window if it was maximised, and saves its normal bounds
 * when it closes (getNormalBounds: the size to restore to, even while
 * maximised). Saving only on close keeps disk writes out of resize drags.
 */
export function rememberWindowPlacement(window: BrowserWindow, placement: WindowPlacement, userDataDir: string, logger: Logger): void {
  // After the first show, so maximising does not show the window before its content is ready.
  if (placement.maximized) window.once('ready-to-show', () => window.maximize());
  window.on('close', () => {
    try {
      writeWindowState(userDataDir, window.getNormalBounds(), window.isMaximized());
    } catch (cause) {
      logger.warn('Could not save the window position', cause);
    }
  });
}
