/**
 * What the core needs from the desktop around it. The Electron door fills
 * these with dialogs and the shell; the browser host and tests fill them with
 * honest stand-ins. File paths always come from here, never from the renderer.
 */
export interface PlatformServices {
  /** Opens an https URL in the system browser. The URL has already been checked. */
  openExternal(url: string): Promise<void>;
  /** Asks the user for log files or a folder to review; null when cancelled. */
  pickLogPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Asks where to save an export; null when cancelled. */
  pickSavePath(defaultName: string): Promise<string | null>;
}
