import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PlatformServices } from '../platform/platform-services';

/**
 * Stand-ins for the desktop's dialogs in the browser host, where no native
 * dialog exists. They behave like a user who always picks the same answer:
 * "review" opens the paths in PASSCODE_DESK_REVIEW_PATHS (separated by the OS
 * path delimiter) or else this run's own log folder, and "save" writes into
 * the export folder under the suggested name. Links are printed, not opened.
 */
export function createDevPlatform(options: { logFolder: string; exportDir: string; reviewPaths?: string[] }): PlatformServices {
  return {
    async openExternal(url) {
      console.info(`[browser-host] open in your browser: ${url}`);
    },
    async pickLogPaths() {
      return options.reviewPaths && options.reviewPaths.length > 0 ? options.reviewPaths : [options.logFolder];
    },
    async pickSavePath(defaultName) {
      await fs.mkdir(options.exportDir, { recursive: true });
      return path.join(options.exportDir, path.basename(defaultName));
    },
  };
}
