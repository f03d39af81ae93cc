import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes every byte: writeSync may write less than asked (a full disk, a signal), and a short line is a torn line. */
export function writeAll(fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
}

/** Makes a rename or a new file survive a power cut. Windows cannot open a folder, and does not need this. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: see above
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `data` into a new file beside `path` and syncs it, so only a rename or a link is left to put it in
 * place; gives the temp file's name. A name nobody can guess, created exclusively ('wx' fails on anything
 * already there, a symlink included): a link planted at a predictable temp name would have us overwrite its
 * target. If the write fails, the temp file is removed and the error thrown.
 */
function syncedTempBeside(path: string, data: Uint8Array | string | Iterable<string>): string {
  const temp = `${path}.${randomUUID()}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      if (typeof data === 'string') writeAll(fd, Buffer.from(data, 'utf8'));
      else if (data instanceof Uint8Array) writeAll(fd, data);
      else for (const piece of data) writeAll(fd, Buffer.from(piece, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

/**
 * Replaces a file so that a crash leaves either the old or the new content, never half of one.
 * `data` may come in pieces (an export larger than one string can hold), written as they come.
 */
export function writeFileDurably(path: string, data: Uint8Array | string | Iterable<string>): void {
  const temp = syncedTempBeside(path, data);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/**
 * Creates `path` holding `data`, so that a crash leaves either no file or the whole of `data` under that name,
 * never an empty or half-written file. False, and nothing changed, when `path` already exists: unlike a
 * rename, a hard link never replaces what is there. Used for a new month of the action log, whose first line
 * (the header) must be in the file before the file's name appears: an empty month file is a finding a
 * reviewer must see when someone empties one, so the writer must never leave one behind itself.
 */
export function createFileDurably(path: string, data: Uint8Array): boolean {
  const temp = syncedTempBeside(path, data);
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true }); // the file keeps its content under `path`; a crash before this leaves a stray .tmp, never read
  }
  syncFolder(dirname(path));
  return true;
}

/** syncFolder off the event loop. */
async function syncFolderAsync(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, as syncFolder
  }
}

/**
 * writeFileDurably off the event loop: the same temp name, flags and order (write, fsync, rename, fsync
 * the folder), each step on libuv's threads. For small files written often while main has other work,
 * such as the forwarding cursor, whose two fsyncs took 4-17 ms of main's time per confirmed connection
 * on a loaded machine (docs/benchmarks.md, issue 19 session 11).
 */
export async function writeFileDurablyAsync(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data); // writes every byte, looping over short writes
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolderAsync(dirname(path));
}
