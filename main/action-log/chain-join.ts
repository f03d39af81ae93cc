import { joinFolded, type Tracked } from '../../shared/log/folded-action';
import { integrityOf, type FindingKind, type LogFinding } from '../../shared/log/log-finding';
import type { FileReview, SeenKey } from '../../shared/log/review-result';
import { lacksOf, MAX_TECHNICIANS, type ChainResult } from './chain-verifier';

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

// Rows joined between two pauses of a sliced join: a few milliseconds of work.
const ROWS_PER_SLICE = 4_096;

/**
 * The stretches' rows as one pass folds them: in the order each action was
 * first seen, an action met in several stretches folded left to right
 * (joinFolded). Only actions that a later stretch names can be joined, so
 * the first stretch, usually by far the largest (the settled months of a
 * re-opened log), is walked once against the later stretches' few ids
 * instead of every row going through one big map. Pauses (yields) every
 * ROWS_PER_SLICE rows.
 */
function* joinRows(parts: readonly ChainResult[]): Generator<void, Tracked[]> {
  const later = new Set<string>();
  for (const part of parts.slice(1)) for (const tracked of part.tracked) later.add(tracked.row.actionId);
  const rows = parts[0]!.tracked.slice();
  const at = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    if (later.has(rows[i]!.row.actionId)) at.set(rows[i]!.row.actionId, i);
    if (i % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
  }
  let sinceSlice = 0;
  for (const part of parts.slice(1)) {
    for (const tracked of part.tracked) {
      const i = at.get(tracked.row.actionId);
      if (i === undefined) {
        at.set(tracked.row.actionId, rows.length);
        rows.push(tracked);
      } else rows[i] = joinFolded(rows[i]!, tracked);
      if (++sinceSlice === ROWS_PER_SLICE) {
        sinceSlice = 0;
        yield;
      }
    }
  }
  return rows;
}

export function joinStretches(id: string, parts: readonly ChainResult[]): ChainResult | null {
  const steps = joinSteps(id, parts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same join, letting the event loop run every few thousand rows (the app's main process joins while its window waits). */
export async function joinStretchesSliced(id: string, parts: readonly ChainResult[], pause: () => Promise<void>): Promise<ChainResult | null> {
  const steps = joinSteps(id, parts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
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
 * The stretches' files, a file cut between two stretches (the later one `continued`) made one again: its
 * counts added up, and the later piece's line numbers (counted from the cut) moved on by the lines before
 * it, in its findings, rows and keys. Null when a piece does not continue the file the stretch before ended
 * with (never planned that way).
 */
function joinCutFiles(parts: readonly ChainResult[]): FileReview[] | null {
  const files: FileReview[] = [];
  for (const part of parts) {
    if (!part.continued) {
      files.push(...part.files);
      continue;
    }
    const [piece, ...rest] = part.files;
    const before = files.at(-1);
    if (piece === undefined || before === undefined || before.path !== piece.path || before.copyOf !== null || piece.copyOf !== null) return null;
    const offset = before.lines;
    const moved = (line: number) => (line === 0 ? 0 : line + offset);
    const shifted = piece.findings.map((finding) => movedFinding(finding, moved));
    if (shifted.some((finding) => finding === null)) return null;
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
    files.push(...rest);
    for (const { row } of part.tracked) if (row.firstFile === piece.path) row.firstLine = moved(row.firstLine);
    part.keys.forEach((key, i) => key.firstFile === piece.path && (part.keys[i] = { ...key, firstLine: moved(key.firstLine) }));
  }
  return files;
}

function* joinSteps(id: string, parts: readonly ChainResult[]): Generator<void, ChainResult | null> {
  if (parts.length === 1) return parts[0]!;
  for (let i = 0; i < parts.length; i++) {
    if (!cleanEnough(parts[i]!, i === parts.length - 1)) return null;
    if (i > 0 && !meets(parts[i - 1]!, parts[i]!)) return null;
  }
  const technicians = new Set(parts.flatMap((part) => part.chain.technicians));
  if (technicians.size >= MAX_TECHNICIANS) return null; // which ones one pass keeps depends on reading order

  const files = joinCutFiles(parts);
  if (files === null) return null;
  const keys = new Map<string, SeenKey>();
  for (const part of parts) for (const key of part.keys) if (!keys.has(key.fingerprint)) keys.set(key.fingerprint, key);
  const rows = yield* joinRows(parts);
  const [first, last] = [parts[0]!, parts.at(-1)!];
  const times = parts.flatMap((part) => [part.chain.firstTime, part.chain.lastTime]).filter((time): time is string => time !== null).sort();
  const machineName = parts.map((part) => part.chain.machineName).filter((name) => name !== null).at(-1) ?? null;
  const installId = parts.map((part) => part.chain.installId).find((found) => found !== null) ?? null;
  const lacks = lacksOf(installId, machineName, parts.some((part) => part.chain.lacks.includes('format-1')));
  return {
    chain: {
      ...first.chain,
      id,
      installId,
      machineName,
      fingerprints: [...keys.keys()],
      technicians: [...technicians].sort(),
      firstTime: times[0] ?? null,
      lastTime: times.at(-1) ?? null,
      entries: parts.reduce((sum, part) => sum + part.chain.entries, 0),
      lastSeq: last.chain.lastSeq,
      integrity: integrityOf(files.flatMap((file) => file.findings)),
      findingCount: files.reduce((sum, file) => sum + file.findingCount, 0),
      lacks,
      files: files.map((file) => file.path),
    },
    files,
    tracked: rows,
    keys: [...keys.values()],
    edges: { first: first.edges.first, last: last.edges.last },
  };
}
