import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { joinStretchesSliced } from '../chain-join';
import type { ChainResult } from '../chain-verifier';
import { isTornFile } from '../log-files';
import type { LogSource } from '../log-source';
import type { Logger } from '../../base/logger';
import { yieldToLoop } from '../review-threads';
import { cacheFileName, type CacheFile, type CacheStore } from './cache-store';
import { startStamping, stampFiles, type FileStamp } from './prefix-stamp';
import { Blobs } from './packed-columns';
import { decodeResult, encodeResult, type EncodedResult } from './result-codec';

/**
 * Opening the same logs again (issue 19, target 2): what a review verified
 * is kept per chain, in stretches of whole month files, each with the
 * content stamp of every file it read (prefix-stamp.ts). A later review
 * reuses a stretch only if every one of its files still holds exactly those
 * bytes; it verifies the rest (a month file that grew, new months) and joins
 * the stretches as the parallel review joins its own (chain-join.ts), so the
 * answer is the one a full review gives. Anything that does not join cleanly
 * is reviewed again in one pass.
 *
 * A chain is kept as: the stretch of its settled months (it must verify with
 * no finding, or it could not be joined on), then its newest month file
 * alone, which is the one that grows; or, when the chain does not join
 * cleanly, as one stretch, reused only if nothing at all changed.
 */
export type ChainList = ReadonlyArray<readonly [string, LogSource[][]]>;
/** Reviews each (id, parts) on its own and answers in the same order: review-logs' verifyAll. */
export type VerifyChains = (chains: ChainList) => Promise<ChainResult[]>;

export interface CachedReview {
  results: ChainResult[];
  /** Action entries taken from the cache instead of being read again. */
  reusedEntries: number;
}

export interface ReviewCache {
  verify(chains: ChainList, pinned: ReadonlySet<string> | null, verify: VerifyChains): Promise<CachedReview>;
}

// 2: a chain's `lacks` are codes, not English sentences; 3: rows in binary columns beside the entry (packed-columns.ts);
// 4: findings say what they found as codes (`say`), not English sentences;
// 5: file stamps are keyed GMAC tags under the store's stamp key, not plain SHA-256 (prefix-stamp.ts);
// 6: text columns whose values repeat are kept as a dictionary (packed-columns.ts).
// Entries of an earlier format are not reused: the logs are read again and the entry replaced.
const ENTRY_FORMAT = 6;

interface Segment {
  /** How many of the chain's file sets (a file and its copies) it covers. */
  sets: number;
  stamps: FileStamp[];
  /** Side files of torn tails beside its files, when a header of it names one: their loss or change is a finding. */
  torn: FileStamp[];
  result: EncodedResult;
  /** How many of the file's binary parts are this stretch's, following those of the stretches before. */
  blobs: number;
}

/** A stretch as read or made: what the file says of it, and its binary parts. */
interface Kept {
  segment: Segment;
  blobs: Buffer[];
}

/** A chain's cache file as read: its entry and the stretches that decoded. */
interface Stretches {
  entry: Entry;
  decoded: Array<Kept & { result: ChainResult }>;
}

interface Entry {
  format: number;
  appVersion: string;
  chainId: string;
  pinned: string | null;
  segments: Segment[];
}

interface Plan {
  id: string;
  parts: LogSource[][];
  /** Null: some source is not a plain file, so nothing is cached. */
  name: string | null;
  reused: Array<Kept & { result: ChainResult }>;
  /** The sets still to verify, as stretches: [settled, newest] or one. */
  pieces: LogSource[][][];
  results: ChainResult[];
}

const pinnedKey = (pinned: ReadonlySet<string> | null) => (pinned === null ? null : createHash('sha256').update([...pinned].sort().join('\n')).digest('hex'));
const filesOf = (sets: readonly LogSource[][]) => sets.flat().map((source) => ({ path: source.file!.path, size: source.file!.end }));
const hasSetAside = (result: EncodedResult) => result.files.some((file) => file.findings.some((finding) => finding.kind === 'set-aside'));

/** Why a cache file's entry cannot be used for this chain, or null when it can. */
function unusable(value: unknown, chainId: string, appVersion: string, pinned: string | null): string | null {
  const entry = value as Partial<Entry> | null;
  if (entry?.format !== ENTRY_FORMAT) return `its entry is of format ${String(entry?.format)}, this version keeps format ${ENTRY_FORMAT}`;
  if (entry.appVersion !== appVersion) return `it was made by app version ${String(entry.appVersion)}`;
  if (entry.chainId !== chainId) return 'it is of another chain';
  if (entry.pinned !== pinned) return 'it was made with other pinned keys';
  return Array.isArray(entry.segments) ? null : 'its entry has no stretches';
}

/** The torn side files in the folders of these files, as they are now. */
async function tornBeside(files: ReadonlyArray<{ path: string }>, key: Buffer): Promise<FileStamp[] | null> {
  const torn: Array<{ path: string; size: number }> = [];
  for (const folder of new Set(files.map((file) => path.dirname(file.path)))) {
    for (const name of readdirSync(folder).filter(isTornFile).sort()) torn.push({ path: path.join(folder, name), size: statSync(path.join(folder, name)).size });
  }
  return stampFiles(torn, key);
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]) => a.length === b.length && a.every((stamp, i) => stamp.path === b[i]!.path && stamp.size === b[i]!.size && stamp.stamp === b[i]!.stamp);

/** What file metadata says, to notice a file changed while it was being reviewed (then nothing is stored). */
function metaOf(files: ReadonlyArray<{ path: string }>): string {
  return files
    .map((file) => {
      try {
        const stat = statSync(file.path, { bigint: true });
        return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
      } catch {
        return 'gone';
      }
    })
    .join('|');
}

const nameOf = (id: string, parts: LogSource[][]) => cacheFileName(id, parts[0]![0]!.file!.path);

/** The newest file set apart from the settled ones, so the next review can verify only the month that grows. */
const piecesOf = (sets: LogSource[][]): LogSource[][][] => (sets.length >= 2 ? [sets.slice(0, -1), sets.slice(-1)] : sets.length === 1 ? [sets] : []);

export function createReviewCache(options: { store: CacheStore; appVersion: string; logger?: Logger }): ReviewCache {
  const { store, appVersion, logger } = options;

  /**
   * The stretches of a chain's cache file, decoded, up to the first that does
   * not decode; null for a file of another version, chain or set of pinned
   * keys. Done while the workers hash the log files: a re-open of unchanged
   * files uses them all, so waiting for the stamps first would only idle.
   */
  function decodeStretches(file: CacheFile | null, id: string, pinned: string | null): Stretches | null {
    if (file === null) return null;
    const why = unusable(file.payload, id, appVersion, pinned);
    if (why !== null) {
      logger?.info(`A review cache file was not used (${why}); the logs are reviewed in full and the file replaced`);
      return null;
    }
    const entry = file.payload as Entry;
    const decoded: Plan['reused'] = [];
    let blob = 0;
    try {
      for (const segment of entry.segments) {
        const own = file.blobs.slice(blob, (blob += segment.blobs));
        if (own.length !== segment.blobs) break;
        decoded.push({ segment, blobs: own, result: decodeResult(segment.result, own) });
      }
    } catch {
      // a stretch that does not decode is not used, nor any after it
    }
    return { entry, decoded };
  }

  /** The decoded stretches still true of these parts, in order (the stamps of the files as they are now given). */
  async function reusable(cached: Stretches, parts: LogSource[][], now: Map<string, FileStamp>, key: Buffer): Promise<Plan['reused']> {
    const reused: Plan['reused'] = [];
    let at = 0;
    for (const stretch of cached.decoded) {
      const { segment } = stretch;
      const files = filesOf(parts.slice(at, at + segment.sets));
      const current = files.map((file) => now.get(file.path)).filter((stamp) => stamp !== undefined);
      if (segment.sets === 0 || at + segment.sets > parts.length || !sameStamps(segment.stamps, current)) break;
      if (hasSetAside(segment.result)) {
        const torn = await tornBeside(files, key);
        if (torn === null || !sameStamps(segment.torn, torn)) break;
      }
      reused.push(stretch);
      at += segment.sets;
    }
    const whole = at === parts.length && reused.length === cached.entry.segments.length;
    // Only a clean stretch can have another joined after it (chain-join.ts).
    if (!whole) while (reused.length > 0 && reused.at(-1)!.result.chain.findingCount > 0) reused.pop();
    return reused;
  }

  /** What to reuse and what to verify for one chain, given its cache file (already read and decoded) and the stamps of its files now. */
  async function plan(id: string, parts: LogSource[][], cached: Stretches | null, now: Map<string, FileStamp>, key: Buffer): Promise<Plan> {
    const cacheable = parts.length > 0 && parts.flat().every((source) => source.file !== undefined);
    if (!cacheable) return { id, parts, name: null, reused: [], pieces: [parts], results: [] };
    let reused: Plan['reused'] = [];
    try {
      if (cached !== null) reused = await reusable(cached, parts, now, key);
    } catch {
      reused = []; // a torn side file that cannot be read: nothing is reused
    }
    const done = reused.reduce((sum, { segment }) => sum + segment.sets, 0);
    return { id, parts, name: nameOf(id, parts), reused, pieces: piecesOf(parts.slice(done)), results: [] };
  }

  /** Keeps the chain's stretches: those reused, and the fresh ones if their files did not change while they were read. */
  async function save(plan: Plan, pinned: string | null, fresh: ReadonlyArray<{ sets: LogSource[][]; result: ChainResult }>, now: Map<string, FileStamp>, metaBefore: string, key: Buffer): Promise<void> {
    if (plan.name === null || metaOf(filesOf(plan.parts)) !== metaBefore) return;
    const kept: Kept[] = plan.reused.map(({ segment, blobs }) => ({ segment, blobs }));
    for (const { sets, result } of fresh) {
      const files = filesOf(sets);
      const stamps = files.map((file) => now.get(file.path)).filter((stamp) => stamp !== undefined);
      if (stamps.length !== files.length) return;
      const blobs = new Blobs();
      const encoded = encodeResult(result, blobs);
      const torn = hasSetAside(encoded) ? await tornBeside(files, key) : [];
      if (torn === null) return;
      kept.push({ segment: { sets: sets.length, stamps, torn, result: encoded, blobs: blobs.parts.length }, blobs: blobs.parts });
    }
    const entry: Entry = { format: ENTRY_FORMAT, appVersion, chainId: plan.id, pinned, segments: kept.map(({ segment }) => segment) };
    await store.write(plan.name, entry, kept.flatMap(({ blobs }) => blobs));
  }

  return {
    async verify(chains, pinnedSet, verify) {
      const pinned = pinnedKey(pinnedSet);
      const isFiles = (parts: LogSource[][]) => parts.length > 0 && parts.flat().every((source) => source.file !== undefined);
      const cacheable = chains.flatMap(([, parts]) => (isFiles(parts) ? filesOf(parts) : []));
      const metaBefore = chains.map(([, parts]) => (isFiles(parts) ? metaOf(filesOf(parts)) : ''));
      // Every file is stamped as it is before it is read, on the workers, while the cache files are read and decoded here; then this thread hashes too.
      const key = await store.stampKey();
      const stamping = startStamping(cacheable, key);
      const cached: Array<Stretches | null> = [];
      for (const [id, parts] of chains) cached.push(isFiles(parts) ? decodeStretches(await store.read(nameOf(id, parts)), id, pinned) : null);
      await stamping.help();
      const stamps = await stamping.stamps;
      const now = new Map<string, FileStamp>();
      cacheable.forEach((file, i) => stamps[i] !== null && now.set(file.path, { ...file, stamp: stamps[i]! }));
      const planned: Plan[] = [];
      for (const [i, [id, parts]] of chains.entries()) planned.push(await plan(id, parts, cached[i] ?? null, now, key));

      const pieces = planned.flatMap((p) => p.pieces.map((sets) => [p.id, sets] as const));
      const verified = pieces.length > 0 ? await verify(pieces) : [];
      let at = 0;
      for (const p of planned) p.results = verified.slice(at, (at += p.pieces.length));
      // Joined in slices, as review-logs joins: in the app this is Electron's main process, with a window waiting.
      const joined: Array<ChainResult | null> = [];
      for (const p of planned) {
        const stretches = [...p.reused.map(({ result }) => result), ...p.results];
        joined.push(stretches.length === 0 ? null : await joinStretchesSliced(p.id, stretches, yieldToLoop));
      }
      // What does not join cleanly is read again in one pass, exactly as a review without the cache.
      const again = planned.filter((_, i) => joined[i] === null);
      const once = again.length > 0 ? await verify(again.map((p) => [p.id, p.parts] as const)) : [];
      const results: ChainResult[] = [];
      let reusedEntries = 0;
      for (const [i, p] of planned.entries()) {
        const whole = joined[i] === null ? once[again.indexOf(p)]! : null;
        results.push(whole ?? joined[i]!);
        if (whole !== null) {
          p.reused = [];
          await save(p, pinned, [{ sets: p.parts, result: whole }], now, metaBefore[i]!, key);
        } else {
          reusedEntries += p.reused.reduce((sum, { result }) => sum + result.chain.entries, 0);
          if (p.pieces.length > 0) await save(p, pinned, p.pieces.map((sets, k) => ({ sets, result: p.results[k]! })), now, metaBefore[i]!, key);
        }
      }
      // Files of logs not opened for long, or over the size budget, go (cache-store.ts); these chains' files stay.
      await store.prune(new Set(planned.flatMap((p) => (p.name === null ? [] : [p.name]))));
      return { results, reusedEntries };
    },
  };
}
