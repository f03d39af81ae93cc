import { faultCause } from '../base/fault-cause';
import { errSaid } from '../base/said-error';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import type { AppMessage } from '../../shared/messages/app-message';
import type { ActionEntry, ActionEntryInput, SettingEntry, SettingEntryInput } from '../../shared/log/log-entry';
import type { OpenFinding } from '../../shared/log/log-finding';
import type { ReviewResult } from '../../shared/log/review-result';
import type { SecretCheck } from '../../shared/log/secret-guard';
import type { SecretStore } from '../platform/secret-store';
import { writeFileDurably } from './durable-file';
import { acquireFolderLock, type LockTiming } from './folder-lock';
import { INSTALL_ID_FILE, listTornFiles } from './log-files';
import { fileSource } from './log-source';
import { openLogWriter } from './log-writer';
import { reviewSources } from './review-logs';
import { loadSigningKey } from './signing-key';
import type { ChainTip } from './tail-recovery';

export { exportCsv, writeTextFile } from './export-csv';
export { reviewLogs } from './review-logs';

/**
 * The action log as the rest of main uses it. The app passes its user-data
 * `action-log` folder; the signing key, its public half and the install id
 * are kept in that folder too, next to the month files.
 */
export interface ActionLogOptions {
  folder: string;
  secretStore: SecretStore;
  appVersion: string;
  installId?: string;
  clock?: () => Date;
  /** True for text holding a secret (a token) that must never be written anywhere in an entry; see secret-guard.ts. */
  isSecret?: SecretCheck;
  /**
   * The same check for secrets that can only reach the log through Graph's answer (a generated
   * passcode): applied to the error and request id fields only. A short numeric passcode is
   * likely to turn up inside another device's ticket or an action id by chance; refusing those
   * entries would refuse actions and lose outcomes without protecting anything.
   */
  isResultSecret?: SecretCheck;
  /** How often the folder lock is kept alive, and when a silent one counts as stale (defaults suit the app). */
  lockTiming?: LockTiming;
  /** Waits between the lock's heartbeats; tests pass their fake clock's (see folder-lock.ts). */
  lockSleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Named in every header so a reviewer knows which machine a chain comes from; the OS host name by default. */
  machineName?: string;
  /** See log-writer.ts: when the writer seals after a quiet moment (null: only every SEAL_EVERY lines and at close). */
  sealIdleMs?: number | null;
  sealEvery?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface ActionLog {
  fingerprint: string; // hex; show it with formatFingerprint so an admin can pin it
  publicKey: string; // raw Ed25519 public key, base64
  keyInMemoryOnly: boolean;
  installId: string;
  folder: string;
  findingsAtOpen: OpenFinding[]; // a torn tail set aside, a memory-only or replaced key, a stale lock taken over
  /** Resolves after the entry is written and synced: only then may the caller call Graph. */
  append(entry: ActionEntryInput): Promise<Result<ActionEntry>>;
  /** Records a weakened control before it takes effect; the change is refused if this fails. */
  appendSetting(change: Omit<SettingEntryInput, 'type'>): Promise<Result<SettingEntry>>;
  /** This folder's files as written so far: history, and the unfinished actions to resume at start-up. */
  readOwnEntries(): Promise<Result<ReviewResult>>;
  /** Month files and their synced length: the lines a forwarder may send. */
  durableFiles(): Array<{ path: string; size: number }>;
  /** Sequence number and hash of the last synced line. */
  tip(): ChainTip;
  /** Calls `listener` after each line is synced (never before), so nothing unsynced leaves the machine. */
  onDurable(listener: (tip: ChainTip) => void): () => void;
  close(): Promise<void>;
}

function loadInstallId(folder: string): string {
  const path = join(folder, INSTALL_ID_FILE);
  const saved = existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
  if (/^[0-9a-f-]{36}$/i.test(saved)) return saved;
  const id = randomUUID();
  writeFileDurably(path, `${id}\n`);
  return id;
}

export async function createActionLog(options: ActionLogOptions): Promise<Result<ActionLog>> {
  const { folder, secretStore, clock = () => new Date() } = options;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    return errSaid('log_error', { code: 'logFolderNotCreated', params: { cause: faultCause(error) } });
  }
  // Set once the writer exists: a lock lost to another instance stops every later append.
  let stopWriting: ((reason: AppMessage) => void) | null = null;
  const locked = acquireFolderLock(folder, {
    timing: options.lockTiming,
    sleep: options.lockSleep,
    onLost: () => stopWriting?.({ code: 'logStoppedTakenOver', params: {} }),
  });
  if (!locked.ok) return locked;
  const lock = locked.value;
  try {
    const findingsAtOpen: OpenFinding[] = [];
    if (lock.tookOverFrom) {
      const { pid, startedAt, reason } = lock.tookOverFrom;
      const why = reason === 'gone' ? 'which is no longer running' : 'whose process id now belongs to another program (its lock was not kept alive)';
      findingsAtOpen.push({ kind: 'stale-lock', pid, message: `Took over the lock of process ${pid} (since ${startedAt}), ${why}.` });
    }
    const { key, findings } = await loadSigningKey(folder, secretStore, clock());
    findingsAtOpen.push(...findings);
    const installId = options.installId ?? loadInstallId(folder);
    const { appVersion, isSecret, isResultSecret, machineName, sealIdleMs, sealEvery, sleep } = options;
    const listeners = new Set<(tip: ChainTip) => void>();
    const onDurable = (tip: ChainTip) => listeners.forEach((listener) => listener(tip));
    const { writer, torn } = openLogWriter({ folder, key, appVersion, installId, clock, isSecret, isResultSecret, machineName, sealIdleMs, sealEvery, sleep, onDurable });
    stopWriting = (reason) => writer.stop(reason);
    if (torn) {
      const message = `The last write before a crash was incomplete (${torn.bytes} bytes at line ${torn.line}); it was moved to ${torn.movedTo}, is not part of the log, and the log's next header names it.`;
      findingsAtOpen.push({ kind: 'truncated', file: torn.path, line: torn.line, bytes: torn.bytes, movedTo: torn.movedTo, message });
    }
    let closed: Promise<void> | null = null;
    return ok({
      fingerprint: key.fingerprint,
      publicKey: key.publicKey,
      keyInMemoryOnly: key.storage === 'memory',
      installId,
      folder,
      findingsAtOpen,
      // The input schema picks the kind by `type`, so what comes back is the kind that went in.
      append: (entry) => writer.append(entry) as Promise<Result<ActionEntry>>,
      appendSetting: (change) => writer.append({ type: 'setting', ...change }) as Promise<Result<SettingEntry>>,
      async readOwnEntries() {
        try {
          const files = await writer.snapshot();
          return ok(await reviewSources(files.map(({ path, size }) => fileSource(path, size)), { tornFiles: listTornFiles(folder) }));
        } catch (error) {
          return errSaid('log_error', { code: 'logReadFailed', params: { cause: faultCause(error) } });
        }
      },
      durableFiles: () => writer.durable(),
      tip: () => writer.tip(),
      onDurable(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => (closed ??= writer.close().finally(() => lock.release())),
    });
  } catch (error) {
    lock.release();
    return errSaid('log_error', { code: 'logOpenFailed', params: { cause: faultCause(error) } });
  }
}
