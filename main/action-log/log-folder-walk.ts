import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedPath } from '../../shared/log/review-result';
import { isMonthFile, isTornFile } from './log-files';

/**
 * How many levels of subfolders under an opened folder are searched for logs.
 * An admin collects logs as one folder per machine (`collected/PC-07/`), maybe
 * per site (`collected/site/PC-07/`), or copies a machine's whole data folder
 * (`PC-07/Passcode Desk/action-log/`): three levels cover those. Deeper is more
 * likely a home folder or a disk opened by mistake, which would take minutes to
 * walk; what lies deeper is named as not searched, never dropped silently.
 */
export const SUBFOLDER_LEVELS = 3;

export interface FolderWalk {
  /** The opened folder and every real subfolder down to SUBFOLDER_LEVELS, in a stable order. */
  folders: string[];
  /** Folders that could not be listed, and the opened folder when it had folders deeper than the limit. */
  skipped: SkippedPath[];
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The folders to look in for an opened folder. Links are not followed (a link
 * to a parent would loop, and one to elsewhere would read what the admin did
 * not open); a folder named like a log file is not entered (the folder scan
 * reports it as one). `cannotRead` words why a subfolder could not be listed.
 */
export function foldersToSearch(root: string, cannotRead: (error: unknown) => SkippedPath['reason']): FolderWalk {
  const folders: string[] = [];
  const skipped: SkippedPath[] = [];
  let deeperLeftOut = false;
  const visit = (folder: string, level: number) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort(byName);
    } catch (error) {
      skipped.push({ path: folder, reason: cannotRead(error) });
      return;
    }
    folders.push(folder);
    for (const name of names) {
      if (isMonthFile(name) || isTornFile(name)) continue;
      const path = join(folder, name);
      let isFolder = false;
      try {
        isFolder = lstatSync(path).isDirectory();
      } catch (error) {
        skipped.push({ path, reason: cannotRead(error) });
        continue;
      }
      if (!isFolder) continue;
      if (level >= SUBFOLDER_LEVELS) deeperLeftOut = true;
      else visit(path, level + 1);
    }
  };
  visit(root, 0);
  if (deeperLeftOut) skipped.push({ path: root, reason: { code: 'deeperNotSearched', params: { levels: String(SUBFOLDER_LEVELS) } } });
  return { folders, skipped };
}
