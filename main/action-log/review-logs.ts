import { faultCause } from '../base/fault-cause';
import { errSaid } from '../base/said-error';
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import type { ReviewResult, SkippedPath } from '../../shared/log/review-result';
import type { SkipReason } from '../../shared/messages/finding-message';
import { addCentralCopies } from './central-review';
import { verifyChain, type ChainResult } from './chain-verifier';
import { fingerprintOfKeyRef, sha256Hex } from './entry-crypto';
import { isMonthFile, isTornFile } from './log-files';
import { foldersToSearch } from './log-folder-walk';
import { fileSource, firstLineOf, rangeSource, readFirstLinesAhead, type FileRange, type LogSource } from './log-source';
import { parseLineBytes } from './parse-line';
import { createStretchJoins } from './stretch-joins';
import { appendRows, PackedReviewRows } from './review-rows';
import { defaultReviewThreads, runStretches, startWorkersAhead, yieldToLoop, type ReviewThreads, type StretchTask, type WorkersAhead } from './review-threads';
import { parseSyslogLine } from './syslog-copy';
import type { ReviewCache } from './review-cache/review-cache';

/**
 * Reviews log files offline, from any number of machines. Files are grouped
 * by the chain they carry (the installation named in their first header);
 * files of one chain are ordered by where they start in it, copies of one
 * file (same first line) are read once and compared; then each chain is
 * verified on its own (chain-verifier.ts).
 */
export interface ReviewOptions {
  pinned?: ReadonlySet<string> | null;
  tornFiles?: string[];
  skipped?: SkippedPath[];
  /** Worker threads to verify on; null: all on this thread. By default, one per core when the worker bundle is there. */
  threads?: ReviewThreads | null;
  /** What earlier reviews verified, in the reviewer's app data (review-cache/); none: everything is read. */
  cache?: ReviewCache | null;
  /** Worker threads started when the review began (review-threads.ts), for `threads`; the caller releases them. */
  ahead?: WorkersAhead | null;
}

interface Placed {
  source: LogSource;
  chain: string;
  start: string; // hash of the first line: copies of one file share it
  seq: number;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function place(source: LogSource): Promise<Placed> {
  const first = await firstLineOf(source);
  let bytes = first?.bytes ?? Buffer.alloc(0);
  if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
  const parsed = first && first.terminated && !first.tooLong ? parseLineBytes(bytes) : null;
  const alone = { source, chain: `file:${source.name}`, start: source.name, seq: 0 };
  if (!parsed?.ok) return alone;
  const line = parsed.line;
  return { source, chain: line.type === 'header' ? line.installId : alone.chain, start: sha256Hex(bytes), seq: line.seq };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sources grouped into chains, each chain's files in chain order, copies together (the longest first). */
async function group(sources: readonly LogSource[]): Promise<Map<string, LogSource[][]>> {
  readFirstLinesAhead(sources);
  const chains = new Map<string, Map<string, Placed[]>>();
  for (const source of sources) {
    const placed = await place(source);
    const starts = chains.get(placed.chain) ?? new Map<string, Placed[]>();
    chains.set(placed.chain, starts);
    starts.set(placed.start, [...(starts.get(placed.start) ?? []), placed]);
  }
  const ordered = new Map<string, LogSource[][]>();
  for (const [chain, starts] of chains) {
    const sets = [...starts.values()].sort((a, b) => a[0]!.seq - b[0]!.seq || byName(basename(a[0]!.source.name), basename(b[0]!.source.name)));
    ordered.set(chain, sets.map((set) => set.map((p) => p.source).sort((a, b) => (b.size ?? 0) - (a.size ?? 0) || byName(a.name, b.name))));
  }
  return ordered;
}

/**
 * A chain cut into stretches of about the sizes `sizeAfter` gives (it is told the bytes of each stretch
 * planned, 0 at first); null when some source is not a file.
 */
export function stretchesOf(parts: LogSource[][], sizeAfter: (planned: number) => number, floor: number): FileRange[][][] | null {
  if (!parts.every((set) => set.every((source) => source.file !== undefined))) return null;
  const stretches: FileRange[][][] = [];
  let current: FileRange[][] = [];
  let bytes = 0;
  let size = sizeAfter(0);
  const close = () => {
    if (current.length > 0) stretches.push(current);
    size = sizeAfter(bytes);
    [current, bytes] = [[], 0];
  };
  for (const set of parts) {
    const file = set[0]!.file!;
    // Copies are compared line by line as they are read: a set of them stays whole.
    if (set.length > 1 || file.end <= size - bytes) {
      current.push(set.map((source) => source.file!));
      bytes += set.reduce((sum, source) => sum + source.file!.end, 0);
      if (bytes >= size) close();
      continue;
    }
    let start = 0;
    while (start < file.end) {
      const room = size - bytes;
      const cut = file.end - start > room && room >= floor ? sealCutAfter(file.path, start + room, file.end) : null;
      if (cut === null && room < floor && current.length > 0) {
        close(); // too little room left for a piece worth its set-up: the next stretch takes the rest
        continue;
      }
      const end = cut ?? file.end;
      current.push([start > 0 ? { path: file.path, start, end } : { path: file.path, end }]);
      bytes += end - start;
      start = end;
      if (bytes >= size || cut !== null) close();
    }
  }
  close();
  return stretches;
}

// Where to look for a seal to cut after: a writer seals every 256 lines, about 180 KB.
const CUT_SEARCH_BYTES = 512 * 1024;
const SEAL_START = Buffer.from('{"v":2,"seq":', 'latin1');
const SEAL_TYPE = Buffer.from('","type":"seal","keyId":"', 'latin1');

/**
 * The offset just past the first seal line that starts at or after `from` (within CUT_SEARCH_BYTES), when
 * that is before `end`; else null. A seal closes what the writer vouched for, so nothing the check of one
 * piece remembers is needed by the next (chain-join.ts refuses the join, and the chain is read again in one
 * pass, whenever that is not so). The line only has to look like a seal here: verifying it is the piece's job.
 */
function sealCutAfter(path: string, from: number, end: number): number | null {
  const window = Buffer.alloc(Math.min(CUT_SEARCH_BYTES, end - from));
  let read = 0;
  const fd = openSync(path, 'r');
  try {
    read = readSync(fd, window, 0, window.length, from);
  } finally {
    closeSync(fd);
  }
  const bytes = window.subarray(0, read);
  for (let nl = bytes.indexOf(0x0a); nl >= 0 && nl + 1 < bytes.length; ) {
    const next = bytes.indexOf(0x0a, nl + 1);
    if (next < 0) return null;
    const line = bytes.subarray(nl + 1, next);
    if (line.subarray(0, SEAL_START.length).equals(SEAL_START) && line.subarray(0, 128).indexOf(SEAL_TYPE) > 0) {
      const cut = from + next + 1;
      return cut < end ? cut : null;
    }
    nl = next;
  }
  return null;
}

// Threads finish together when the last stretches are short: each stretch about a (2 x threads)th of what is
// left, so they shrink as the review goes on, down to MIN_STRETCH_BYTES (a smaller one's set-up would show).
const MIN_STRETCH_BYTES = 8 * 2 ** 20;

/**
 * Every chain's review, in the order of `chains`. With threads, file chains
 * are cut into stretches (a month file or more each) and verified in
 * parallel, on this thread too (in slices, so that in the app the main
 * process stays responsive); a chain whose stretches do not join cleanly
 * (chain-join.ts), or that a worker could not do, is verified here in one
 * pass.
 */
async function verifyAll(chains: Iterable<readonly [string, LogSource[][]]>, pinned: ReadonlySet<string> | null, threads: ReviewThreads | null, ahead: WorkersAhead | null): Promise<ChainResult[]> {
  // This thread verifies in slices, letting its event loop run between them (in the app: the window's IPC).
  const alone = (id: string, parts: LogSource[][]) => verifyChain({ id, parts, pinned, pause: yieldToLoop });
  const entries = [...chains];
  let left = entries.reduce((sum, [, parts]) => sum + parts.flat().reduce((n, source) => n + (source.file?.end ?? 0), 0), 0);
  const floor = threads?.minStretchBytes ?? MIN_STRETCH_BYTES;
  const sizeAfter = (planned: number) => Math.max(floor, Math.floor((left -= planned) / (2 * (threads?.count ?? 1))));
  const plans = entries.map(([id, parts]) => ({ id, parts, stretches: threads === null ? null : stretchesOf(parts, sizeAfter, floor) }));
  const tasks: StretchTask[] = [];
  const pinnedList = pinned === null ? null : [...pinned];
  for (const plan of plans) {
    for (const parts of plan.stretches ?? []) tasks.push({ index: tasks.length, id: plan.id, parts, pinned: pinnedList });
  }
  const here = (task: StretchTask) => alone(task.id, task.parts.map((set) => set.map(rangeSource)));
  const threaded = threads !== null && tasks.length >= 2;
  // Each chain's stretches are joined as soon as they and those before them are done, while the threads verify the rest.
  const joins = createStretchJoins(
    plans.map((plan) => plan.id),
    plans.map((plan) => plan.stretches?.length ?? 0),
    yieldToLoop,
  );
  try {
    if (threaded) await runStretches(tasks, threads, here, joins.settled, ahead);
    else await ahead?.release(); // too little to share: the workers started ahead are not needed
  } catch (error) {
    await joins.idle().catch(() => undefined); // the review's error is the stretch's, not a join's left unheard
    throw error;
  }
  await joins.idle();
  const results: ChainResult[] = [];
  for (const [c, plan] of plans.entries()) results.push((threaded ? joins.result(c) : null) ?? (await alone(plan.id, plan.parts)));
  return results;
}

export async function reviewSources(sources: readonly LogSource[], options: ReviewOptions = {}): Promise<ReviewResult> {
  const result: ReviewResult = { chains: [], files: [], rows: new PackedReviewRows(), keys: [], tornFiles: options.tornFiles ?? [], skipped: options.skipped ?? [] };
  const chains = await group(sources);
  const threads = options.threads === undefined ? defaultReviewThreads(sources) : options.threads;
  const ahead = threads === null ? null : (options.ahead ?? null);
  const pinned = options.pinned ?? null;
  const cached = options.cache ? await options.cache.verify([...chains], pinned, (some) => verifyAll(some, pinned, threads, ahead)) : null;
  if (cached && cached.reusedEntries > 0) result.reusedEntries = cached.reusedEntries;
  for (const verified of cached?.results ?? (await verifyAll(chains, pinned, threads, ahead))) {
    result.chains.push(verified.chain);
    result.files.push(...verified.files);
    appendRows(result.rows, verified);
    result.keys.push(...verified.keys);
  }
  // Chains of real installations first, by machine name; files that name no chain after them.
  result.chains.sort((a, b) => Number(a.installId === null) - Number(b.installId === null) || byName(a.machineName ?? '', b.machineName ?? '') || byName(a.id, b.id));
  return result;
}

/** A file a syslog collector wrote: its first line is a syslog line, not one of our JSON lines. */
async function isCollectorFile(source: LogSource): Promise<boolean> {
  const first = await firstLineOf(source);
  if (!first || first.tooLong) return false;
  let bytes = first.bytes;
  if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
  return bytes[0] !== 0x7b /* { */ && parseSyslogLine(bytes) !== null;
}

/** The OS's code for why a path could not be read (ENOENT, EACCES…), or its message when it gives none. */
export function cannotRead(error: unknown): SkipReason {
  const { code, message } = error as NodeJS.ErrnoException;
  return { code: 'cannotRead', params: { cause: code ?? message ?? String(error) } };
}

/** Why a path named like a log file cannot be read as one, or null when it is a regular file. */
function notAFile(path: string): SkipReason | null {
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) return { code: 'link', params: {} };
    if (link.isDirectory()) return { code: 'folder', params: {} };
    if (!link.isFile()) return { code: 'notRegularFile', params: {} };
    return null;
  } catch (error) {
    return cannotRead(error);
  }
}

/** A folder's month files and torn side files; anything named like them that is not a file is reported. */
export function scanFolder(folder: string): { files: string[]; torn: string[]; skipped: SkippedPath[] } {
  const names = readdirSync(folder).sort(byName);
  const files: string[] = [];
  const torn: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const name of names) {
    if (!isMonthFile(name) && !isTornFile(name)) continue;
    const path = join(folder, name);
    const problem = notAFile(path);
    if (problem !== null) skipped.push({ path, reason: problem });
    else (isMonthFile(name) ? files : torn).push(path);
  }
  return { files, torn, skipped };
}

/**
 * Reviews files and folders (a folder contributes its `actions-YYYY-MM.jsonl`
 * files and those of its subfolders, log-folder-walk.ts). `trustedKeys` are fingerprints or base64 public keys the admin pinned.
 */
export async function reviewLogs(paths: readonly string[], options: { trustedKeys?: readonly string[]; threads?: ReviewThreads | null; cache?: ReviewCache | null } = {}): Promise<Result<ReviewResult>> {
  let pinned: Set<string> | null = null;
  if (options.trustedKeys !== undefined) {
    pinned = new Set();
    for (const ref of options.trustedKeys) {
      const fingerprint = fingerprintOfKeyRef(ref);
      if (fingerprint === null) return errSaid('invalid_request', { code: 'keyRefInvalid', params: { ref } });
      pinned.add(fingerprint);
    }
  }
  let ahead: WorkersAhead | null = null;
  const files = new Set<string>();
  const tornFiles: string[] = [];
  const skipped: SkippedPath[] = [];
  try {
    for (const path of paths.map((p) => resolve(p))) {
      let stat;
      try {
        stat = statSync(path);
      } catch (error) {
        skipped.push({ path, reason: cannotRead(error) });
        continue;
      }
      if (stat.isDirectory()) {
        // Logs collected from many machines sit in subfolders (one per machine): they are searched too.
        const walk = foldersToSearch(path, cannotRead);
        let logsHere = 0;
        for (const folder of walk.folders) {
          const found = scanFolder(folder);
          found.files.forEach((file) => files.add(file));
          tornFiles.push(...found.torn);
          skipped.push(...found.skipped);
          logsHere += found.files.length + found.torn.length;
        }
        skipped.push(...walk.skipped);
        // An opened folder that holds no log is said so: a review of nothing is not a clean review.
        if (logsHere === 0 && walk.folders.length > 0) skipped.push({ path, reason: { code: 'noLogFiles', params: {} } });
      } else if (stat.isFile()) files.add(path);
      else skipped.push({ path, reason: { code: 'notRegularFile', params: {} } });
    }
    const sources: LogSource[] = [];
    const centralFiles: string[] = [];
    // Each file's source (or why it cannot be read), in order; their first lines are read ahead, several at once.
    const opened = [...files].map((path) => {
      try {
        return { path, source: fileSource(path) };
      } catch (error) {
        return { path, error };
      }
    });
    const readable = opened.flatMap((one) => (one.source === undefined ? [] : [one.source]));
    readFirstLinesAhead(readable);
    // Worker threads start now, while first lines are read and files grouped (review-threads.ts, startWorkersAhead).
    const threads = options.threads === undefined ? defaultReviewThreads(readable) : options.threads;
    ahead = threads === null ? null : startWorkersAhead(threads);
    for (const { path, source, error } of opened) {
      try {
        if (source === undefined) throw error;
        if (await isCollectorFile(source)) centralFiles.push(path);
        else sources.push(source);
      } catch (error) {
        skipped.push({ path, reason: cannotRead(error) });
      }
    }
    // The threads themselves are chosen as before, from the log files only (not the collector's): workers started
    // ahead for a review that then runs on one thread are ended below.
    const result = await reviewSources(sources, { pinned, tornFiles, skipped, threads: options.threads, cache: options.cache, ahead });
    await ahead?.release(); // workers not taken (the cache answered), before the review answers
    if (centralFiles.length > 0) await addCentralCopies(result, centralFiles, pinned);
    return ok(result);
  } catch (error) {
    await ahead?.release();
    return errSaid('log_error', { code: 'logFilesNotRead', params: { cause: faultCause(error) } });
  }
}
