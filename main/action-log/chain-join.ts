import { joinFolded, type Tracked } from '../../shared/log/folded-action';
import { integrityOf, type FindingKind, type LogFinding } from '../../shared/log/log-finding';
import type { FileReview, SeenKey } from '../../shared/log/review-result';
import { lacksOf, MAX_TECHNICIANS, type ChainResult } from './chain-verifier';
import { FIRST_FILE } from './packed-piece';
import { blocksOf, isKeptPiece, type KeptPiece, type RowBlock } from './row-blocks';

/**
 * One chain verified in consecutive stretches (a few month files each, on
 * different threads), joined into the review of the whole chain. The join is
 * taken only where it gives what one pass over the chain gives: each stretch
 * starts on the line that follows the last line of the stretch before (next
 * sequence number, `prev` its hash), and no stretch but the last has a
 * finding, so nothing the chain check remembers crosses from one stretch to
 * the next. Otherwise it returns null and the chain is read again in one pass:
 * a damaged chain is reviewed exactly as before, only not in parallel.
 */

// Findings that concern only the end of what was read, never how it links on.
const TAIL_KINDS: ReadonlySet<FindingKind> = new Set(['unsealed', 'truncated']);

function meets(before: ChainResult, after: ChainResult): boolean {
  const [last, first] = [before.edges.last, after.edges.first];
  if (last === null || first === null) return false;
  return first.seq === last.seq + 1 && first.prev === (first.legacy ? last.hash : last.rawHash);
}

function cleanEnough(part: ChainResult, isLast: boolean): boolean {
  if (part.chain.findingCount === 0) return true;
  // A live log copied while the app ran ends unsealed or torn: that is still a clean join.
  return isLast && part.files.every((file) => file.findingCount === file.findings.length && file.findings.every((finding) => TAIL_KINDS.has(finding.kind)));
}

// A row's place in a join: its block times PLACE plus its place in the block (a block holds fewer rows).
const PLACE = 2 ** 32;

// Rows joined between two pauses of a sliced join: a few milliseconds of work.
const ROWS_PER_SLICE = 4_096;

/** Runs a join step to its end, or to its end with a pause between slices. */
function runThrough<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
async function runSliced<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

export function joinStretches(id: string, parts: readonly ChainResult[]): ChainResult | null {
  const join = startChainJoin(id, parts.length);
  for (const part of parts) runThrough(join.add(part));
  return join.result();
}

/** The same join, letting the event loop run every few thousand rows (the app's main process joins while its window waits). */
export async function joinStretchesSliced(id: string, parts: readonly ChainResult[], pause: () => Promise<void>): Promise<ChainResult | null> {
  const join = startChainJoin(id, parts.length);
  for (const part of parts) await runSliced(join.add(part), pause);
  return join.result();
}

/** Adds a chain's stretches one by one, in chain order; see startChainJoin. */
export interface ChainJoin {
  /** Joins the next stretch onto those before it, pausing (yield) every few thousand rows; false once the join is refused. */
  add(part: ChainResult): Generator<void, boolean>;
  /** Adds a stretch with a pause between slices. */
  addSliced(part: ChainResult, pause: () => Promise<void>): Promise<boolean>;
  /** The whole chain once every stretch was added; null when the join was refused (read the chain again in one pass). */
  result(): ChainResult | null;
}

// The findings a last stretch may have (TAIL_KINDS), and which of their values are line numbers.
const LINE_PARAMS: Readonly<Record<string, readonly string[]>> = { unsealedLine: ['line'], unsealedLines: ['from', 'to'], tornTail: [] };

/** A finding of a piece moved to its line in the whole file; null for one whose words this does not know how to move. */
function movedFinding(finding: LogFinding, moved: (line: number) => number): LogFinding | null {
  const names = LINE_PARAMS[finding.say.code];
  if (names === undefined || finding.also !== undefined) return null;
  const params: Record<string, string> = { ...finding.say.params };
  for (const name of names) params[name] = String(moved(Number(params[name])));
  return { ...finding, line: moved(finding.line), say: { ...finding.say, params } as LogFinding['say'] };
}

/**
 * A piece that continues the file the stretches before ended with (a file cut between two stretches) made
 * one with it: its counts added up, and its line numbers (counted from the cut) moved on by the lines before
 * it, in its findings, rows and keys. False when the piece does not continue that file (never planned so)
 * or has a finding whose words this cannot move.
 */
function joinCutFile(files: FileReview[], part: ChainResult): boolean {
  const [piece] = part.files;
  const before = files.at(-1);
  if (piece === undefined || before === undefined || before.path !== piece.path || before.copyOf !== null || piece.copyOf !== null) return false;
  const offset = before.lines;
  const moved = (line: number) => (line === 0 ? 0 : line + offset);
  const shifted = piece.findings.map((finding) => movedFinding(finding, moved));
  if (shifted.some((finding) => finding === null)) return false;
  const findings = [...before.findings, ...(shifted as LogFinding[])];
  files[files.length - 1] = {
    ...before,
    entries: before.entries + piece.entries,
    headers: before.headers + piece.headers,
    lines: before.lines + piece.lines,
    findings,
    findingCount: before.findingCount + piece.findingCount,
    integrity: integrityOf(findings),
  };
  for (const block of blocksOf(part)) {
    if (!isKeptPiece(block)) {
      for (const { row } of block) if (row.firstFile === piece.path) row.firstLine = moved(row.firstLine);
      continue;
    }
    for (const { row } of block.joined?.values() ?? []) if (row.firstFile === piece.path) row.firstLine = moved(row.firstLine);
    for (let r = 0; r < block.piece.count; r++) {
      if (block.joined?.has(r) !== true && block.piece.sharedOf(r, FIRST_FILE) === piece.path) block.piece.setFirstLine(r, moved(block.piece.firstLine(r)));
    }
  }
  part.keys.forEach((key, i) => key.firstFile === piece.path && (part.keys[i] = { ...key, firstLine: moved(key.firstLine) }));
  return true;
}

/**
 * A join of one chain's `count` stretches that takes each as soon as the one before it is in, so that in a
 * threaded review the join of the early stretches overlaps the verifying of the later ones, and only the last
 * (small) stretch is joined once every thread is done. Each stretch is checked as it comes (it meets the one
 * before; no finding but in the last), so the answer is the one a join of all of them at once gives.
 *
 * Rows are joined as one pass folds them: in the order each action was first seen, an action met in several
 * stretches folded left to right (joinFolded).
 */
export function startChainJoin(id: string, count: number): ChainJoin {
  let added = 0;
  let refused = false;
  let first: ChainResult | null = null;
  let last: ChainResult | null = null;
  const files: FileReview[] = [];
  const keys = new Map<string, SeenKey>();
  const technicians = new Set<string>();
  // The chain's rows so far: runs of objects and pieces a worker sent, kept packed (row-blocks.ts).
  const blocks: RowBlock[] = [];
  // Where each action's row is: its block times PLACE, plus its place in the block.
  const at = new Map<string, number>();
  let entries = 0;
  let firstTime: string | null = null;
  let lastTime: string | null = null;
  let machineName: string | null = null;
  let installId: string | null = null;
  let legacy = false;

  function accepts(part: ChainResult): boolean {
    if (!cleanEnough(part, added === count - 1)) return false;
    if (last !== null && !meets(last, part)) return false;
    for (const technician of part.chain.technicians) technicians.add(technician);
    if (technicians.size >= MAX_TECHNICIANS) return false; // which ones one pass keeps depends on reading order
    if (part.continued) {
      if (!joinCutFile(files, part)) return false;
      files.push(...part.files.slice(1));
    } else files.push(...part.files);
    return true;
  }

  /** The row at `place` folded on with a later stretch's row of the same action. */
  function joinInto(place: number, later: Tracked): void {
    const block = blocks[Math.floor(place / PLACE)]!;
    const r = place % PLACE;
    if (!isKeptPiece(block)) block[r] = joinFolded(block[r]!, later);
    else (block.joined ??= new Map()).set(r, joinFolded(block.joined?.get(r) ?? block.piece.tracked(r), later));
  }

  function* add(part: ChainResult): Generator<void, boolean> {
    if (count === 1 && added === 0) {
      // One stretch is the chain as one pass read it, findings and all: nothing to join.
      [first, last, added] = [part, part, 1];
      return true;
    }
    if (refused || added >= count || !accepts(part)) {
      refused = true;
      blocks.length = 0;
      at.clear();
      return false;
    }
    added++;
    first ??= part;
    last = part;
    for (const key of part.keys) if (!keys.has(key.fingerprint)) keys.set(key.fingerprint, key);
    const { chain } = part;
    entries += chain.entries;
    if (chain.firstTime !== null && (firstTime === null || chain.firstTime < firstTime)) firstTime = chain.firstTime;
    if (chain.lastTime !== null && (lastTime === null || chain.lastTime > lastTime)) lastTime = chain.lastTime;
    machineName = chain.machineName ?? machineName;
    installId ??= chain.installId;
    legacy ||= chain.lacks.includes('format-1');
    let sinceSlice = 0;
    for (const block of blocksOf(part)) {
      if (!isKeptPiece(block)) {
        // Rows this thread folded: added to the run of objects at the end, or a new one.
        let run = blocks.at(-1);
        if (run === undefined || isKeptPiece(run)) blocks.push((run = []));
        for (const tracked of block) {
          const earlier = at.get(tracked.row.actionId);
          if (earlier === undefined) {
            at.set(tracked.row.actionId, (blocks.length - 1) * PLACE + run.length);
            run.push(tracked);
          } else joinInto(earlier, tracked);
          if (++sinceSlice === ROWS_PER_SLICE) {
            sinceSlice = 0;
            yield;
          }
        }
        continue;
      }
      // A piece a worker sent stays packed: only the rows of actions an earlier stretch has are made, to join.
      const kept: KeptPiece = { piece: block.piece, skip: block.skip?.slice() ?? null, joined: block.joined === null ? null : new Map(block.joined) };
      const b = blocks.push(kept) - 1;
      for (let r = 0; r < kept.piece.count; r++) {
        if (kept.skip?.[r] === 1) continue;
        const actionId = kept.piece.actionId(r);
        const earlier = at.get(actionId);
        if (earlier === undefined) at.set(actionId, b * PLACE + r);
        else {
          joinInto(earlier, kept.joined?.get(r) ?? kept.piece.tracked(r));
          (kept.skip ??= new Uint8Array(kept.piece.count))[r] = 1;
        }
        if (++sinceSlice === ROWS_PER_SLICE) {
          sinceSlice = 0;
          yield;
        }
      }
    }
    return true;
  }

  function result(): ChainResult | null {
    if (refused || added !== count || first === null || last === null) return null;
    if (count === 1) return first;
    // The first run of objects is `tracked` (all the rows when no worker's piece is among them), the rest `more`.
    const [head, ...rest] = blocks;
    const own = head !== undefined && !isKeptPiece(head) ? head : null;
    const more = own === null ? blocks : rest;
    return {
      chain: {
        ...first.chain,
        id,
        installId,
        machineName,
        fingerprints: [...keys.keys()],
        technicians: [...technicians].sort(),
        firstTime,
        lastTime,
        entries,
        lastSeq: last.chain.lastSeq,
        integrity: integrityOf(files.flatMap((file) => file.findings)),
        findingCount: files.reduce((sum, file) => sum + file.findingCount, 0),
        lacks: lacksOf(installId, machineName, legacy),
        files: files.map((file) => file.path),
      },
      files,
      tracked: own ?? [],
      ...(more.length > 0 && { more }),
      keys: [...keys.values()],
      edges: { first: first.edges.first, last: last.edges.last },
    };
  }

  return { add, addSliced: (part, pause) => runSliced(add(part), pause), result };
}
