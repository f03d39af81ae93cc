import { faultCause } from '../base/fault-cause';
import { errSaid } from '../base/said-error';
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import type { AppMessage } from '../../shared/messages/app-message';
import { sleepUnref } from '../base/clock';
import { parseEntryInput, GENESIS_HASH, LOG_FORMAT_VERSION, type ActionEntry, type SetAside, type SettingEntry } from '../../shared/log/log-entry';
import { secretProblem, stringValues, type SecretCheck } from '../../shared/log/secret-guard';
import { createFileDurably, syncFolder, writeAll } from './durable-file';
import { sha256Hex } from './entry-crypto';
import { lineBytes, sealLineBytes } from './line-format';
import { listMonthFiles, monthFileName, monthOf, monthOfFile } from './log-files';
import { MAX_LINE_BYTES } from './parse-line';
import type { SigningKey } from './signing-key';
import { recoverTail, tipOf, type ChainTip, type TornTail } from './tail-recovery';

/** A seal at least every this many lines bounds what a crash leaves unsigned, and what a reviewer verifies per signature. */
export const SEAL_EVERY = 256;
/** After a quiet moment the writer seals what it wrote, so a crash between actions leaves nothing unsigned. */
export const SEAL_IDLE_MS = 2000;

export interface WriterOptions {
  folder: string;
  key: SigningKey;
  appVersion: string;
  installId: string;
  machineName?: string;
  clock: () => Date;
  isSecret?: SecretCheck;
  /** Told after each write is synced, with the new tip; must not throw or block (the forwarder only notes it). */
  onDurable?: (tip: ChainTip) => void;
  /** Checked on the fields that carry what Graph answered (error, request id) only; see ActionLogOptions. */
  isResultSecret?: SecretCheck;
  sealEvery?: number;
  /** Quiet time before an idle seal; null: seal only every `sealEvery` lines and at close (tests that count lines). */
  sealIdleMs?: number | null;
  /** Waits `ms` (the idle seal's timer); tests pass their fake clock's. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** The fields of an entry filled from Graph's answers: where a generated passcode could ride along. */
function graphResultValues(input: object): string[] {
  const entry = input as { error?: unknown; graphRequestId?: string };
  return stringValues([entry.error ?? null, entry.graphRequestId ?? null]);
}

export interface LogWriter {
  /** Resolves once the entry is on disk (written and fsynced), so the caller may then call Graph. */
  append(input: unknown): Promise<Result<ActionEntry | SettingEntry>>;
  /** Month files and the bytes of each that are synced now, without waiting for queued appends: what may leave the machine. */
  durable(): Array<{ path: string; size: number }>;
  /** The last synced line: what a forwarder must catch up to. */
  tip(): ChainTip;
  /** Signs what was written since the last seal (nothing when there is nothing new). */
  seal(): Promise<void>;
  /** Seals, then lists month files and their sizes once queued appends are done: what a reader may read without meeting a line being written. */
  snapshot(): Promise<Array<{ path: string; size: number }>>;
  /** Refuses every later append with `reason` (the folder lock was lost): the chain must not fork. */
  stop(reason: AppMessage): void;
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

/** Where the chain stands: the last log line of the newest file that has one. */
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
  const sealEvery = options.sealEvery ?? SEAL_EVERY;
  const sealIdleMs = options.sealIdleMs === undefined ? SEAL_IDLE_MS : options.sealIdleMs;
  // The idle seal's wait is armed once per quiet period, not once per append (a timer, a promise and an
  // AbortController per append were garbage on the path the action waits on): see scheduleIdleSeal.
  const sleep = options.sleep ?? sleepUnref;
  const files = listMonthFiles(folder);
  const { tip: startTip, torn } = findTip(files, clock());
  let tip: ChainTip = startTip ?? { seq: 0, hash: GENESIS_HASH };
  let unsealed = 0; // lines written since the last seal
  let file: OpenFile | null = null;
  let broken: AppMessage | null = null; // why nothing more is written in this run, as the window words it
  let queue: Promise<unknown> = Promise.resolve();
  let idle: AbortController | null = null; // the idle seal's armed wait, if any
  let linesSinceArmed = 0; // lines written while that wait ran
  let setAside: SetAside | undefined = torn ? { file: torn.file, line: torn.line, bytes: torn.bytes, sha256: torn.sha256 } : undefined;
  // A clock set back must not make us write into an older month's file, which would put the chain out of file order.
  const newestMonth = files.length > 0 ? monthOfFile(files.at(-1)!) : '';

  function lineFor(fields: Record<string, unknown>): { bytes: Buffer; record: Record<string, unknown> } {
    const record = { v: LOG_FORMAT_VERSION, seq: tip.seq + 1, ...fields, prev: tip.hash };
    return { bytes: lineBytes(record), record };
  }

  /** One write and one fsync for the given lines; the tip moves only once they are on disk. */
  function writeLines(target: OpenFile, lines: Buffer[], newTip: ChainTip): void {
    const bytes = lines.length === 1 ? lines[0]! : Buffer.concat(lines);
    let written = false;
    try {
      writeAll(target.fd, bytes);
      written = true;
      fsyncSync(target.fd);
    } catch (error) {
      // A failed write (a full disk) is cut back off and the log stays usable. After a failed fsync the OS
      // may have dropped data it had accepted, so nothing more is chained onto this file in this run.
      if (written || !cutBack(target)) broken = { code: 'logStoppedWriteFailed', params: { file: target.path, cause: faultCause(error) } };
      throw error;
    }
    target.size += bytes.length;
    moveTip(newTip);
  }

  /** The chain's tip moves only once what it names is on disk. */
  function moveTip(newTip: ChainTip): void {
    tip = newTip;
    options.onDurable?.(tip);
  }

  function sealBytes(after: ChainTip, time: Date): Buffer {
    return sealLineBytes(after.seq + 1, time.toISOString(), after.hash, key.fingerprint, (data) => key.sign(data));
  }

  function sealNow(): void {
    if (unsealed === 0 || file === null || broken !== null) return;
    const bytes = sealBytes(tip, clock());
    writeLines(file, [bytes], { seq: tip.seq + 1, hash: sha256Hex(bytes) });
    unsealed = 0;
  }

  /** Each run, and each new month, starts with a header naming the key that seals what follows. */
  function openMonth(now: Date): OpenFile {
    const month = [monthOf(now), newestMonth].sort().at(-1)!;
    if (file?.month === month) return file;
    if (file) {
      sealNow(); // a month file ends sealed, so it verifies on its own
      closeSync(file.fd);
    }
    file = null;
    const path = join(folder, monthFileName(month));
    const { installId, appVersion } = options;
    const fields = {
      time: now.toISOString(),
      type: 'header',
      installId,
      appVersion,
      machineName: (options.machineName ?? hostname()).slice(0, 256) || 'unknown',
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
      keyStorage: key.storage,
      ...(setAside && { setAside }),
    };
    const { bytes, record } = lineFor(fields);
    const headerTip = { seq: record.seq as number, hash: sha256Hex(bytes) };
    // A new month's file comes into being with its header in it (a kill between creating the file and writing
    // the header left an empty month file, which a review rightly reports); an existing file gets it appended.
    const created = !existsSync(path) && createFileDurably(path, bytes);
    const fd = openSync(path, 'a', 0o600);
    const opened = { path, month, fd, size: fstatSync(fd).size };
    try {
      syncFolder(folder);
      if (created) moveTip(headerTip);
      else writeLines(opened, [bytes], headerTip);
      unsealed++;
      setAside = undefined;
    } catch (error) {
      closeSync(fd); // no entry may go into a file (or a run) without its header: the next append tries again
      throw error;
    }
    return (file = opened);
  }

  /**
   * Seals once no line was written for a whole `sealIdleMs`. One wait is armed for a busy stretch, not
   * one per line: when it ends after more lines came, it waits a whole period again. So the seal comes
   * between one and two periods after the last line, and appends allocate nothing for it.
   */
  function scheduleIdleSeal(): void {
    if (sealIdleMs === null || unsealed === 0) return;
    if (idle !== null) {
      linesSinceArmed++;
      return;
    }
    const controller = (idle = new AbortController());
    linesSinceArmed = 0;
    sleep(sealIdleMs, controller.signal).then(
      () => {
        if (controller.signal.aborted) return;
        idle = null;
        if (unsealed === 0) return; // sealed meanwhile (every sealEvery lines, a new month)
        if (linesSinceArmed > 0) scheduleIdleSeal();
        else void enqueue(() => sealNow()).catch(() => undefined);
      },
      () => undefined,
    );
  }

  function appendNow(input: unknown): Result<ActionEntry | SettingEntry> {
    if (broken !== null) return errSaid('log_error', broken);
    const parsed = parseEntryInput(input);
    if (!parsed.success) return err('invalid_request', `not a valid log entry: ${parsed.error.issues[0]?.message ?? ''}`);
    const problem =
      secretProblem(JSON.stringify(parsed.data), stringValues(parsed.data), options.isSecret) ??
      (options.isResultSecret ? secretProblem('', graphResultValues(parsed.data), options.isResultSecret) : null);
    if (problem !== null) return errSaid('log_error', { code: 'logEntryRefused', params: { problem } });
    try {
      const now = clock();
      const target = openMonth(now);
      const record = { v: LOG_FORMAT_VERSION, seq: tip.seq + 1, time: now.toISOString(), ...parsed.data, prev: tip.hash }; // as lineFor, one copy fewer
      const bytes = lineBytes(record);
      if (bytes.length > MAX_LINE_BYTES) throw new RangeError(`entry of ${bytes.length} bytes is too long`);
      const entryTip = { seq: record.seq, hash: sha256Hex(bytes) };
      if (unsealed + 1 >= sealEvery) {
        // The seal rides in the same write as the entry: no extra fsync.
        const seal = sealBytes(entryTip, now);
        writeLines(target, [bytes, seal], { seq: entryTip.seq + 1, hash: sha256Hex(seal) });
        unsealed = 0;
      } else {
        writeLines(target, [bytes], entryTip);
        unsealed++;
        scheduleIdleSeal();
      }
      return ok(record as ActionEntry | SettingEntry);
    } catch (error) {
      return errSaid('log_error', { code: 'logWriteFailed', params: { cause: faultCause(error) } });
    }
  }

  function enqueue<T>(task: () => T): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  openMonth(clock());
  scheduleIdleSeal();
  return {
    torn,
    writer: {
      append: (input) => enqueue(() => appendNow(input)),
      seal: () => enqueue(() => sealNow()),
      durable: () => listMonthFiles(folder).map((path) => ({ path, size: path === file?.path ? file.size : statSync(path).size })),
      tip: () => tip,
      snapshot: () =>
        enqueue(() => {
          sealNow(); // what the app reads back of its own log is sealed, so it verifies
          return listMonthFiles(folder).map((path) => ({ path, size: path === file?.path ? file.size : statSync(path).size }));
        }),
      stop(reason) {
        broken ??= reason;
      },
      close: () =>
        enqueue(() => {
          idle?.abort();
          try {
            sealNow();
          } catch {
            // the lines stay on disk unsealed; a review reports them as such
          } finally {
            if (file) closeSync(file.fd);
            file = null;
            broken = { code: 'logStoppedClosed', params: {} };
          }
        }),
    },
  };
}
