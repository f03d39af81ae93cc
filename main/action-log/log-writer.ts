import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { parseEntryInput, GENESIS_HASH, LOG_FORMAT_VERSION, type ActionEntry, type HeaderEntry, type SettingEntry } from '../../shared/log/log-entry';
import { secretProblem, stringValues, type SecretCheck } from '../../shared/log/secret-guard';
import { syncFolder, writeAll } from './durable-file';
import { entryHash } from './entry-crypto';
import { listMonthFiles, monthFileName, monthOf, monthOfFile } from './log-files';
import { MAX_LINE_BYTES } from './parse-line';
import type { SigningKey } from './signing-key';
import { recoverTail, tipOf, type ChainTip, type TornTail } from './tail-recovery';

export interface WriterOptions {
  folder: string;
  key: SigningKey;
  appVersion: string;
  installId: string;
  clock: () => Date;
  isSecret?: SecretCheck;
  /** Told after each line (headers too) is written and synced; must not throw or block. */
  onDurable?: (tip: ChainTip) => void;
  /** Checked on the fields that carry what Graph answered (error, request id) only; see ActionLogOptions. */
  isResultSecret?: SecretCheck;
}

/** The fields of an entry filled from Graph's answers: where a generated passcode could ride along. */
function graphResultValues(entry: object): string[] {
  const { error, graphRequestId } = entry as { error?: unknown; graphRequestId?: string };
  return stringValues([error ?? null, graphRequestId ?? null]);
}

export interface LogWriter {
  /** Resolves once the entry is on disk (written and fsynced), so the caller may then call Graph. */
  append(input: unknown): Promise<Result<ActionEntry | SettingEntry>>;
  /** Month files and their sizes once queued appends are done: what a reader may read without meeting a line being written. */
  snapshot(): Promise<Array<{ path: string; size: number }>>;
  /** Month files and the bytes of each that are synced now, without waiting for queued appends: what may leave the machine. */
  durable(): Array<{ path: string; size: number }>;
  /** The last synced line: what a forwarder must catch up to. */
  tip(): ChainTip;
  /** Refuses every later append with `reason` (the folder lock was lost): the chain must not fork. */
  stop(reason: string): void;
  close(): Promise<void>;
}

interface OpenFile {
  path: string;
  month: string;
  fd: number;
  size: number;
}

function cutBack(target: OpenFile): boolean {
  try {
    ftruncateSync(target.fd, target.size);
    return true;
  } catch {
    return false;
  }
}

/** Where the chain stands: the last good line of the newest file that has one. */
function findTip(files: readonly string[], now: Date): { tip: ChainTip | null; torn: TornTail | null } {
  const latest = files.at(-1);
  if (latest === undefined) return { tip: null, torn: null };
  const { tip, torn } = recoverTail(latest, now);
  let found = tip;
  for (let i = files.length - 2; found === null && i >= 0; i--) found = tipOf(files[i]!);
  return { tip: found, torn };
}

export function openLogWriter(options: WriterOptions): { writer: LogWriter; torn: TornTail | null } {
  const { folder, key, clock } = options;
  const files = listMonthFiles(folder);
  const { tip: startTip, torn } = findTip(files, clock());
  let tip: ChainTip = startTip ?? { seq: 0, hash: GENESIS_HASH };
  let file: OpenFile | null = null;
  let broken: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // A clock set back must not make us write into an older month's file, which would put the chain out of file order.
  const newestMonth = files.length > 0 ? monthOfFile(files.at(-1)!) : '';

  function writeLine(fields: Record<string, unknown>, target: OpenFile): ActionEntry | HeaderEntry {
    const line = { v: LOG_FORMAT_VERSION, seq: tip.seq + 1, ...fields, prev: tip.hash } as Record<string, unknown>;
    line.hash = entryHash(line);
    line.sig = key.sign(line.hash as string);
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
    if (bytes.length > MAX_LINE_BYTES) throw new RangeError(`entry of ${bytes.length} bytes is too long`);
    let written = false;
    try {
      writeAll(target.fd, bytes);
      written = true;
      fsyncSync(target.fd);
    } catch (error) {
      // A failed write (a full disk) is cut back off and the log stays usable. After a failed fsync the OS
      // may have dropped data it had accepted, so nothing more is chained onto this file in this run.
      if (written || !cutBack(target)) broken = `writing ${target.path} failed (${(error as Error).message}); restart the app`;
      throw error;
    }
    target.size += bytes.length;
    tip = { seq: line.seq as number, hash: line.hash as string };
    options.onDurable?.(tip);
    return line as ActionEntry | HeaderEntry;
  }

  /** Each run, and each new month, starts with a header naming the key that signs what follows. */
  function openMonth(now: Date): OpenFile {
    const month = [monthOf(now), newestMonth].sort().at(-1)!;
    if (file?.month === month) return file;
    if (file) closeSync(file.fd);
    file = null;
    const path = join(folder, monthFileName(month));
    const fd = openSync(path, 'a', 0o600);
    const opened = { path, month, fd, size: fstatSync(fd).size };
    try {
      syncFolder(folder);
      const { installId, appVersion } = options;
      const header = { publicKey: key.publicKey, fingerprint: key.fingerprint, keyStorage: key.storage };
      writeLine({ time: now.toISOString(), type: 'header', installId, appVersion, ...header }, opened);
    } catch (error) {
      closeSync(fd); // no entry may go into a file (or a run) without its header: the next append tries again
      throw error;
    }
    return (file = opened);
  }

  function appendNow(input: unknown): Result<ActionEntry | SettingEntry> {
    if (broken !== null) return err('log_error', broken);
    const parsed = parseEntryInput(input);
    if (!parsed.success) return err('invalid_request', `not a valid log entry: ${parsed.error.issues[0]?.message ?? ''}`);
    const problem =
      secretProblem(JSON.stringify(parsed.data), stringValues(parsed.data), options.isSecret) ??
      (options.isResultSecret ? secretProblem('', graphResultValues(parsed.data), options.isResultSecret) : null);
    if (problem !== null) return err('log_error', `Refused to write the log entry: ${problem}.`);
    try {
      const now = clock();
      const target = openMonth(now);
      return ok(writeLine({ time: now.toISOString(), ...parsed.data, keyId: key.fingerprint }, target) as ActionEntry | SettingEntry);
    } catch (error) {
      return err('log_error', `The action log could not be written: ${(error as Error).message}`);
    }
  }

  function enqueue<T>(task: () => T): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  function durableFiles(): Array<{ path: string; size: number }> {
    return listMonthFiles(folder).map((path) => ({ path, size: path === file?.path ? file.size : statSync(path).size }));
  }

  openMonth(clock());
  return {
    torn,
    writer: {
      append: (input) => enqueue(() => appendNow(input)),
      snapshot: () => enqueue(durableFiles),
      durable: durableFiles,
      tip: () => tip,
      stop(reason) {
        broken ??= reason;
      },
      close: () =>
        enqueue(() => {
          if (file) closeSync(file.fd);
          file = null;
          broken = 'the action log is closed';
        }),
    },
  };
}
