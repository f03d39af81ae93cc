import { errSaid } from '../base/said-error';
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { sleepUnref } from '../base/clock';
import { writeAll } from './durable-file';
import { LOCK_FILE } from './log-files';

/**
 * One writer per log folder: two writers would fork the hash chain. The lock
 * is a file holding the owner's pid and start time. It appears through a hard
 * link from a complete temp file, so nobody ever reads a half-written lock and
 * takes it for a stale one.
 *
 * A pid alone cannot tell a live owner from a dead one whose pid the system
 * has since given to another process (common after a reboot or in a
 * container), which left the log locked until someone deleted the file. So the
 * owner also keeps a heartbeat: it touches the lock's modification time every
 * `heartbeatMs`. A lock is live only if its pid runs AND its heartbeat is fresh.
 * An owner that finds its lock taken over (it was suspended past the stale
 * limit) is told through `onLost` and must stop writing.
 *
 * Why not a lock library such as proper-lockfile: it judges staleness by the
 * same kind of mtime heartbeat, so it would not add safety, but it records no
 * owner (we tell the technician which process holds the log and since when,
 * and log a takeover as a finding), its synchronous API cannot retry, and its
 * last release is from 2021. The hard-link protocol here is already tested
 * against killed owners; the heartbeat is the part that was missing.
 */
interface LockOwner {
  pid: number;
  startedAt: string;
  nonce: string;
}

export interface FolderLock {
  tookOverFrom: (LockOwner & { reason: 'gone' | 'silent' }) | null;
  /** Touches the lock (the timer does this every heartbeatMs); calls onLost and stops if it is no longer ours. */
  heartbeat(): void;
  release(): void;
}

export interface LockTiming {
  heartbeatMs: number;
  /** A lock not touched for this long is stale even if its pid runs: the pid now belongs to someone else, or the owner hangs. */
  staleAfterMs: number;
}

export const defaultLockTiming: LockTiming = { heartbeatMs: 10_000, staleAfterMs: 60_000 };

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

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** Null while the owner is live; otherwise why the lock is stale. */
function staleness(owner: LockOwner, path: string, folder: string, timing: LockTiming): 'gone' | 'silent' | null {
  // The same pid in a lock we did not take is a previous run that had our pid (common in containers).
  if (owner.pid === process.pid) return heldHere.has(folder) ? null : 'gone';
  if (!pidRuns(owner.pid)) return 'gone';
  let touchedMs: number;
  try {
    touchedMs = statSync(path).mtimeMs;
  } catch {
    return null; // gone meanwhile: the next round of acquire sees what is there now
  }
  // Real time, not the log's clock: it is compared with the file system's.
  return Date.now() - touchedMs > timing.staleAfterMs ? 'silent' : null;
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

export interface LockOptions {
  timing?: LockTiming;
  /** The lock was taken over by another instance while this one held it: stop writing. */
  onLost?: () => void;
  /** Waits between heartbeats (an unref'd timer by default); tests pass their fake clock's, so a beat is theirs to give. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function acquireFolderLock(folderPath: string, options: LockOptions = {}): Result<FolderLock> {
  const timing = options.timing ?? defaultLockTiming;
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
  let tookOverFrom: FolderLock['tookOverFrom'] = null;
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, path);
        heldHere.add(folder);
        removeLeftovers(folder, temp);
        return ok(holdLock(folder, path, me, tookOverFrom, timing, options));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readOwner(path);
      if (current === null) continue;
      const stale = current.owner === null ? 'gone' : staleness(current.owner, path, folder, timing);
      if (current.owner !== null && stale === null) {
        return errSaid('log_locked', { code: 'logInUse', params: { pid: String(current.owner.pid), since: current.owner.startedAt } }, {
          lockFile: path,
          pid: current.owner.pid,
        });
      }
      tookOverFrom = { ...(current.owner ?? { pid: 0, startedAt: 'unknown', nonce: '' }), reason: stale ?? 'gone' };
      removeStale(path, current.text);
    }
    return errSaid('log_locked', { code: 'logLockChanging', params: { file: path } });
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

function holdLock(folder: string, path: string, me: LockOwner, tookOverFrom: FolderLock['tookOverFrom'], timing: LockTiming, options: LockOptions): FolderLock {
  const sleep = options.sleep ?? sleepUnref;
  const stopBeating = new AbortController();
  let released = false;
  const stillOurs = () => readOwner(path)?.owner?.nonce === me.nonce;
  const lock: FolderLock = {
    tookOverFrom,
    heartbeat() {
      if (released) return;
      if (!stillOurs()) {
        lock.release();
        options.onLost?.();
        return;
      }
      const now = new Date();
      try {
        utimesSync(path, now, now);
      } catch {
        // Gone this instant: the next beat tells whether it is still ours.
      }
    },
    release() {
      if (released) return;
      released = true;
      stopBeating.abort();
      heldHere.delete(folder);
      // Only remove the lock if it is still ours: after a takeover it belongs to someone else.
      if (stillOurs()) unlinkSync(path);
    },
  };
  // One wait at a time, the next armed after a beat: a held lock must not keep a finished process alive (unref'd by default).
  const beat = async () => {
    while (!released) {
      await sleep(timing.heartbeatMs, stopBeating.signal);
      lock.heartbeat();
    }
  };
  beat().catch(() => undefined); // a wait that rejects on abort: released, nothing left to do
  return lock;
}
