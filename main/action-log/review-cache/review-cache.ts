import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { joinStretches } from '../chain-join';
import type { ChainResult } from '../chain-verifier';
import { isTornFile } from '../log-files';
import type { LogSource } from '../log-source';
import { cacheFileName, type CacheStore } from './cache-store';
import { stampFiles, stampPrefixes, type FileStamp } from './prefix-stamp';
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

// 2: a chain's `lacks` are codes, not English sentences (entries of format 1 are read again, not reused).
const ENTRY_FORMAT = 2;

interface Segment {
  /** How many of the chain's file sets (a file and its copies) it covers. */
  sets: number;
  stamps: FileStamp[];
  /** Side files of torn tails beside its files, when a header of it names one: their loss or change is a finding. */
  torn: FileStamp[];
  result: EncodedResult;
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
  reused: Array<{ segment: Segment; result: ChainResult }>;
  /** The sets still to verify, as stretches: [settled, newest] or one. */
  pieces: LogSource[][][];
  results: ChainResult[];
}

const pinnedKey = (pinned: ReadonlySet<string> | null) => (pinned === null ? null : createHash('sha256').update([...pinned].sort().join('\n')).digest('hex'));
const filesOf = (sets: readonly LogSource[][]) => sets.flat().map((source) => ({ path: source.file!.path, size: source.file!.end }));
const hasSetAside = (result: EncodedResult) => result.files.some((file) => file.findings.some((finding) => finding.kind === 'set-aside'));

function isEntry(value: unknown, chainId: string, appVersion: string, pinned: string | null): value is Entry {
  const entry = value as Partial<Entry> | null;
  return entry?.format === ENTRY_FORMAT && entry.appVersion === appVersion && entry.chainId === chainId && entry.pinned === pinned && Array.isArray(entry.segments);
}

/** The torn side files in the folders of these files, as they are now. */
async function tornBeside(files: ReadonlyArray<{ path: string }>): Promise<FileStamp[] | null> {
  const torn: Array<{ path: string; size: number }> = [];
  for (const folder of new Set(files.map((file) => path.dirname(file.path)))) {
    for (const name of readdirSync(folder).filter(isTornFile).sort()) torn.push({ path: path.join(folder, name), size: statSync(path.join(folder, name)).size });
  }
  return stampFiles(torn);
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]) => a.length === b.length && a.every((stamp, i) => stamp.path === b[i]!.path && stamp.size === b[i]!.size && stamp.sha256 === b[i]!.sha256);

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

export function createReviewCache(options: { store: CacheStore; appVersion: string }): ReviewCache {
  const { store, appVersion } = options;

  /** The entry's stretches still true of these parts, in order (the stamps of the files as they are now given). */
  async function reusable(entry: Entry, parts: LogSource[][], now: Map<string, FileStamp>): Promise<Plan['reused']> {
    const reused: Plan['reused'] = [];
    let at = 0;
    for (const segment of entry.segments) {
      const files = filesOf(parts.slice(at, at + segment.sets));
      const current = files.map((file) => now.get(file.path)).filter((stamp) => stamp !== undefined);
      if (segment.sets === 0 || at + segment.sets > parts.length || !sameStamps(segment.stamps, current)) break;
      if (hasSetAside(segment.result)) {
        const torn = await tornBeside(files);
        if (torn === null || !sameStamps(segment.torn, torn)) break;
      }
      reused.push({ segment, result: decodeResult(segment.result) });
      at += segment.sets;
    }
    const whole = at === parts.length && reused.length === entry.segments.length;
    // Only a clean stretch can have another joined after it (chain-join.ts).
    if (!whole) while (reused.length > 0 && reused.at(-1)!.result.chain.findingCount > 0) reused.pop();
    return reused;
  }

  /** What to reuse and what to verify for one chain, given its cache entry (already read) and the stamps of its files now. */
  async function plan(id: string, parts: LogSource[][], entry: unknown, pinned: string | null, now: Map<string, FileStamp>): Promise<Plan> {
    const cacheable = parts.length > 0 && parts.flat().every((source) => source.file !== undefined);
    if (!cacheable) return { id, parts, name: null, reused: [], pieces: [parts], results: [] };
    let reused: Plan['reused'] = [];
    try {
      if (isEntry(entry, id, appVersion, pinned)) reused = await reusable(entry, parts, now);
    } catch {
      reused = []; // a stretch that does not decode is not used
    }
    const done = reused.reduce((sum, { segment }) => sum + segment.sets, 0);
    return { id, parts, name: nameOf(id, parts), reused, pieces: piecesOf(parts.slice(done)), results: [] };
  }

  /** Keeps the chain's stretches: those reused, and the fresh ones if their files did not change while they were read. */
  async function save(plan: Plan, pinned: string | null, fresh: ReadonlyArray<{ sets: LogSource[][]; result: ChainResult }>, now: Map<string, FileStamp>, metaBefore: string): Promise<void> {
    if (plan.name === null || metaOf(filesOf(plan.parts)) !== metaBefore) return;
    const segments: Segment[] = plan.reused.map(({ segment }) => segment);
    for (const { sets, result } of fresh) {
      const files = filesOf(sets);
      const stamps = files.map((file) => now.get(file.path)).filter((stamp) => stamp !== undefined);
      if (stamps.length !== files.length) return;
      const encoded = encodeResult(result);
      const torn = hasSetAside(encoded) ? await tornBeside(files) : [];
      if (torn === null) return;
      segments.push({ sets: sets.length, stamps, torn, result: encoded });
    }
    await store.write(plan.name, { format: ENTRY_FORMAT, appVersion, chainId: plan.id, pinned, segments } satisfies Entry);
  }

  return {
    async verify(chains, pinnedSet, verify) {
      const pinned = pinnedKey(pinnedSet);
      const isFiles = (parts: LogSource[][]) => parts.length > 0 && parts.flat().every((source) => source.file !== undefined);
      const cacheable = chains.flatMap(([, parts]) => (isFiles(parts) ? filesOf(parts) : []));
      const metaBefore = chains.map(([, parts]) => (isFiles(parts) ? metaOf(filesOf(parts)) : ''));
      // Every file is stamped as it is before it is read, on the thread pool, while the cache files are read here.
      const stamping = stampPrefixes(cacheable);
      const entries: unknown[] = [];
      for (const [id, parts] of chains) entries.push(isFiles(parts) ? await store.read(nameOf(id, parts)) : null);
      const stamps = await stamping;
      const now = new Map<string, FileStamp>();
      cacheable.forEach((file, i) => stamps[i] !== null && now.set(file.path, { ...file, sha256: stamps[i]! }));
      const planned: Plan[] = [];
      for (const [i, [id, parts]] of chains.entries()) planned.push(await plan(id, parts, entries[i], pinned, now));

      const pieces = planned.flatMap((p) => p.pieces.map((sets) => [p.id, sets] as const));
      const verified = pieces.length > 0 ? await verify(pieces) : [];
      let at = 0;
      for (const p of planned) p.results = verified.slice(at, (at += p.pieces.length));
      const joined = planned.map((p) => {
        const stretches = [...p.reused.map(({ result }) => result), ...p.results];
        return stretches.length === 0 ? null : joinStretches(p.id, stretches);
      });
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
          await save(p, pinned, [{ sets: p.parts, result: whole }], now, metaBefore[i]!);
        } else {
          reusedEntries += p.reused.reduce((sum, { result }) => sum + result.chain.entries, 0);
          if (p.pieces.length > 0) await save(p, pinned, p.pieces.map((sets, k) => ({ sets, result: p.results[k]! })), now, metaBefore[i]!);
        }
      }
      return { results, reusedEntries };
    },
  };
}
