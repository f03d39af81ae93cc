import path from 'node:path';
import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/**
 * The one window factory and the one place that writes webPreferences.
 * The options stay an inline literal on purpose: electronegativity (run by
 * `npm run lint`) reads them here, and nothing may relax them, not even tests.
 */
export function createSecureWindow(distDir: string, bounds?: WindowBounds): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 960,
    minHeight: 600,
    title: 'Passcode Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      // Reviewed: the preload exposes only the contract-derived API object (main/preload/index.ts).
      preload: path.join(distDir, 'preload', 'index.cjs'), /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
