import { appendRows } from './review-rows';
import type { CentralComparison, ComparisonFinding, ReviewResult } from '../../shared/log/review-result';
import { verifyChain } from './chain-verifier';
import { readLines } from './line-reader';
import type { LogSource } from './log-source';
import { MAX_LINE_BYTES } from './parse-line';
import type { CentralEntry } from './central-index';
import { extractCentralCopy, type CentralChain } from './syslog-copy';

/**
 * Reviews a collector's copy like local files: each machine's entries, taken
 * out of the syslog lines, are verified as one chain with the same checks
 * (chain-verifier.ts). Where the same installation's local log is open too,
 * the two are compared entry by entry.
 */
const MAX_COMPARISON_FINDINGS = 200;

/**
 * A machine's central entries as a source the chain verifier reads; line numbers are the collector file's.
 * One collector file holds many machines, so the name carries the host; it carries no words, since
 * the window and verify-logs say "central copy" in their own language beside it.
 */
function centralSource(chain: CentralChain): LogSource {
  const name = `${chain.files.join(', ')} [${chain.host}]`;
  return {
    name,
    folder: null,
    async *lines() {
      for await (const entry of chain.index.entries()) {
        yield { number: entry.line, bytes: entry.bytes, length: entry.bytes.length, tooLong: false, terminated: entry.terminated };
      }
    },
  };
}

interface LocalLine {
  bytes: Buffer;
  file: string;
  line: number;
}

/** The local files' lines by sequence number (a line whose number cannot be read is left to the chain check). */
async function localBySeq(files: readonly string[]): Promise<Map<number, LocalLine>> {
  const lines = new Map<number, LocalLine>();
  for (const file of files) {
    for await (const raw of readLines(file, { maxBytes: MAX_LINE_BYTES })) {
      if (raw.tooLong || !raw.terminated) continue;
      const match = /"seq":(\d{1,15})[,}]/.exec(raw.bytes.toString('utf8'));
      if (match && !lines.has(Number(match[1]))) lines.set(Number(match[1]), { bytes: raw.bytes, file, line: raw.number });
    }
  }
  return lines;
}

/** The central entries in sequence order, those sharing a number together. */
async function* bySeq(entries: AsyncIterable<CentralEntry>): AsyncGenerator<{ seq: number; entries: CentralEntry[] }> {
  let group: { seq: number; entries: CentralEntry[] } | null = null;
  for await (const entry of entries) {
    if (group && group.seq === entry.seq) group.entries.push(entry);
    else {
      if (group) yield group;
      group = { seq: entry.seq, entries: [entry] };
    }
  }
  if (group) yield group;
}

export async function compareWithLocal(central: CentralChain, installId: string, machineName: string | null, localFiles: readonly string[]): Promise<CentralComparison> {
  const local = await localBySeq(localFiles);
  // Only the stretch the local files cover is compared, and everything centrally after it (the local tail may have been cut).
  let from = Infinity;
  let localLast = 0;
  for (const seq of local.keys()) {
    if (seq < from) from = seq;
    if (seq > localLast) localLast = seq;
  }
  if (from === Infinity) from = 1;
  const centralLast = central.index.lastSeq;
  const to = Math.max(localLast, centralLast);
  const comparison: CentralComparison = {
    installId,
    machineName,
    centralFiles: central.files,
    localFiles: [...localFiles],
    from,
    to,
    same: 0,
    missingCentrally: 0,
    onlyCentrally: 0,
    differing: 0,
    findings: [],
  };
  const note = (finding: ComparisonFinding) => {
    if (comparison.findings.length < MAX_COMPARISON_FINDINGS) comparison.findings.push(finding);
  };
  const place = (where: { file: string; line: number }) => ({ file: where.file, line: where.line });
  // The central entries come from disk in sequence order, read once, alongside the numbers.
  const groups = bySeq(central.index.entries());
  try {
    let next = await groups.next();
    for (let seq = from; seq <= to; seq++) {
      while (!next.done && next.value.seq < seq) next = await groups.next();
      const mine = local.get(seq);
      const theirs = !next.done && next.value.seq === seq ? next.value.entries : [];
      if (mine && theirs.length === 0) {
        comparison.missingCentrally++;
        note({ kind: 'missing-centrally', seq, local: place(mine), central: null, reason: seq > centralLast ? 'after-central-end' : 'central-gap' });
      } else if (!mine && theirs.length > 0) {
        comparison.onlyCentrally++;
        note({ kind: 'only-centrally', seq, local: null, central: place(theirs[0]!), reason: seq > localLast ? 'after-local-end' : 'deleted-locally' });
      } else if (mine && theirs.length > 0) {
        if (theirs.every((entry) => entry.bytes.equals(mine.bytes))) comparison.same++;
        else {
          comparison.differing++;
          const other = theirs.find((entry) => !entry.bytes.equals(mine.bytes))!;
          note({ kind: 'differs', seq, local: place(mine), central: place(other), reason: 'edited' });
        }
      }
    }
  } finally {
    await groups.return(undefined); // closes the collector files when the loop ends early
  }
  return comparison;
}

/**
 * Adds the collector files' chains to a review of local files. A central
 * chain's rows count only when no local copy of that installation is open,
 * so one action is never counted twice.
 */
export async function addCentralCopies(result: ReviewResult, files: readonly string[], pinned: ReadonlySet<string> | null): Promise<void> {
  const extract = await extractCentralCopy(files);
  const comparisons: CentralComparison[] = [];
  const localChains = new Map(result.chains.filter((chain) => chain.installId !== null).map((chain) => [chain.installId!, chain]));
  for (const chain of extract.chains) {
    const verified = await verifyChain({ id: `central:${chain.key}`, parts: [[centralSource(chain)]], pinned });
    const installId = verified.chain.installId ?? chain.installId;
    result.chains.push({ ...verified.chain, central: { host: chain.host, files: chain.files, duplicates: chain.duplicates } });
    result.files.push(...verified.files);
    result.keys.push(...verified.keys);
    const local = installId === null ? undefined : localChains.get(installId);
    if (!local) appendRows(result.rows, verified);
    else {
      const localFiles = result.files.filter((file) => file.chain === local.id && file.copyOf === null).map((file) => file.path);
      comparisons.push(await compareWithLocal(chain, installId!, local.machineName ?? verified.chain.machineName, localFiles));
    }
  }
  // Lines that name us but cannot be read belong to the file's central chain; with none, the file is reported as not read.
  for (const problem of extract.problems) {
    const holder = result.files.find((file) => result.chains.some((chain) => chain.id === file.chain && chain.central?.files.includes(problem.file)));
    if (holder) {
      holder.findings.push(problem);
      holder.findingCount++;
    } else result.skipped.push({ path: problem.file, reason: { code: 'collectorLine', params: { line: String(problem.line) } }, finding: problem.say });
  }
  result.comparisons = comparisons;
}
