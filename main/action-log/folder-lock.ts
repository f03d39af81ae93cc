import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { writeAll } from './durable-file';
import { LOCK_FILE } from './log-files';

/**
 * One writer per log folder: two writers would fork the hash chain. The lock
 * is a file holding the owner's pid and start time. It appears through a hard
 * link from a complete temp file, so nobody ever reads a half-written lock and
 * takes it for a stale one.
 */
interface LockOwner {
  pid: number;
  startedAt: string;
  nonce: string;
}

export interface FolderLock {
  tookOverFrom: LockOwner | null;
  release(): void;
}

// Folders locked by this process: a lock naming our own pid is ours only if it is in here.
const heldHere = new Set<string>();

function readOwner(path: string): { text: string; owner: LockOwner | null } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null; // gone meanwhile
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    const valid = Number.isInteger(value.pid) && typeof value.startedAt === 'string' && typeof value.nonce === 'string';
    return { text, owner: valid ? (value as LockOwner) : null };
  } catch {
    return { text, owner: null };
  }
}

function isAlive(pid: number, folder: string): boolean {
  // The same pid in a lock we did not take is a previous run that had our pid (common in containers).
  if (pid === process.pid) return heldHere.has(folder);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** Moves a stale lock away, checking it is still the stale one (another instance may have taken it over first). */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readFileSync(aside, 'utf8') === staleText) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, path); // not the one we judged: put it back
  } finally {
    unlinkSync(aside);
  }
}

export function acquireFolderLock(folderPath: string): Result<FolderLock> {
  const folder = resolve(folderPath);
  const path = join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), nonce: randomUUID() };
  const temp = `${path}.${me.nonce}`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeAll(fd, Buffer.from(JSON.stringify(me)));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  let tookOverFrom: LockOwner | null = null;
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, path);
        heldHere.add(folder);
        removeLeftovers(folder, temp);
        return ok({ tookOverFrom, release: () => release(folder, path, me) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readOwner(path);
      if (current === null) continue;
      if (current.owner !== null && isAlive(current.owner.pid, folder)) {
        return err('log_locked', `The action log is in use by another Passcode Desk instance (process ${current.owner.pid}, since ${current.owner.startedAt}). Close it and try again.`, {
          lockFile: path,
          pid: current.owner.pid,
        });
      }
      tookOverFrom = current.owner ?? { pid: 0, startedAt: 'unknown', nonce: '' };
      removeStale(path, current.text);
    }
    return err('log_locked', `The action log lock ${path} keeps changing hands; another instance is starting. Try again.`);
  } finally {
    unlinkSync(temp);
  }
}

/** Temp files of instances killed while taking the lock; old ones only, a young one may be another instance starting. */
function removeLeftovers(folder: string, ownTemp: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (!name.startsWith(`${LOCK_FILE}.`) || path === ownTemp) continue;
    try {
      // Real time, not the log's clock: it is compared with the file system's.
      if (Date.now() - statSync(path).mtimeMs > 60_000) unlinkSync(path);
    } catch {
      // gone meanwhile, or not ours to remove: harmless litter either way
    }
  }
}

function release(folder: string, path: string, me: LockOwner): void {
  heldHere.delete(folder);
  // Only remove the lock if it is still ours: after a takeover it belongs to someone else.
  if (readOwner(path)?.owner?.nonce === me.nonce) unlinkSync(path);
}
