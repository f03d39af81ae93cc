import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PlatformServices } from '../platform/platform-services';

/**
 * Stand-ins for the desktop's dialogs in the browser host, where no native
 * dialog exists. They behave like a user who always picks the same answer:
 * "review" opens the paths in PASSCODE_DESK_REVIEW_PATHS (separated by the OS
 * path delimiter) or else this run's own log folder, and "save" writes into
 * the export folder under the suggested name, or "name (2).csv" and so on
 * when a file of that name is there already: a save dialog would ask before
 * replacing a file, and this stand-in cannot ask. Links are printed, not opened.
 */
/** `name.csv`, else `name (2).csv`, `name (3).csv`... : the first name not taken in `dir`. */
export async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

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
      return freeName(options.exportDir, path.basename(defaultName));
    },
  };
}
