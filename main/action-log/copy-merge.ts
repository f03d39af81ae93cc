import type { Findings, Where } from './chain-checker';
import type { RawLine } from './line-reader';
import type { LogSource } from './log-source';

/**
 * Several copies of one log file (same chain, same first line), read as one:
 * the primary's lines go on to the chain check, each copy is compared with it
 * line by line as both stream, so identical lines count once and memory holds
 * one line per copy. A copy that ends early is a prefix (an older copy), not
 * a deletion. A copy that disagrees gets a finding naming both files and lines.
 */
export interface PlacedLine {
  raw: RawLine;
  where: Where;
}

interface Copy {
  source: LogSource;
  lines: AsyncIterator<RawLine>;
  current: RawLine | null;
  lacking: { first: number; last: number; at: number; finding: ReturnType<Findings['add']> } | null;
}

const seqPattern = /"seq":(\d{1,15})[,}]/;
function seqOf(raw: RawLine): number | null {
  const match = seqPattern.exec(raw.bytes.toString('latin1', 0, Math.min(raw.bytes.length, 256)));
  return match ? Number(match[1]) : null;
}

const sameLine = (a: RawLine, b: RawLine) => a.terminated === b.terminated && a.length === b.length && a.bytes.equals(b.bytes);

export async function* mergeCopies(primary: LogSource, copies: readonly LogSource[], findings: Findings): AsyncGenerator<PlacedLine> {
  const open: Copy[] = [];
  for (const source of copies) {
    const lines = source.lines()[Symbol.asyncIterator]();
    const first = await lines.next();
    open.push({ source, lines, current: first.done ? null : first.value, lacking: null });
  }
  const advance = async (copy: Copy) => {
    copy.lacking = null;
    const next = await copy.lines.next();
    copy.current = next.done ? null : next.value;
  };
  const at = (copy: Copy): Where => ({ file: copy.source.name, line: copy.current!.number });

  async function compare(copy: Copy, raw: RawLine, where: Where): Promise<void> {
    for (;;) {
      const mine = copy.current;
      if (mine === null) return; // an older, shorter copy: a prefix
      if (sameLine(mine, raw)) return advance(copy);
      const [ours, theirs] = [seqOf(mine), seqOf(raw)];
      if (ours !== null && theirs !== null && ours > theirs) {
        // The copy lacks the primary's line: say so once per run of missing lines.
        if (copy.lacking && copy.lacking.last === theirs - 1) {
          copy.lacking.last = theirs;
          copy.lacking.finding.say = { code: 'copyLacksEntries', params: { from: String(copy.lacking.first), to: String(theirs), line: String(copy.lacking.at), file: where.file } };
        } else {
          const finding = findings.add('copy-differs', at(copy), { code: 'copyLacksEntry', params: { seq: String(theirs), line: String(where.line), file: where.file } });
          copy.lacking = { first: theirs, last: theirs, at: where.line, finding };
        }
        return;
      }
      if (ours !== null && theirs !== null && ours < theirs) {
        findings.add('copy-differs', at(copy), { code: 'copyExtraEntry', params: { seq: String(ours), file: where.file } });
        await advance(copy);
        continue;
      }
      findings.add('copy-differs', at(copy), { code: 'copyLineDiffers', params: { line: String(where.line), file: where.file } });
      return advance(copy);
    }
  }

  try {
    for await (const raw of primary.lines()) {
      const where = { file: primary.name, line: raw.number };
      for (const copy of open) await compare(copy, raw, where);
      yield { raw, where };
    }
    for (const copy of open) {
      while (copy.current !== null) {
        findings.add('copy-differs', at(copy), { code: 'copyPastEnd', params: { file: primary.name } });
        await advance(copy);
      }
    }
  } finally {
    for (const copy of open) await copy.lines.return?.();
  }
}

/** The lines of one file and its copies, some at a time: a file with no copy is read a whole read at a time. */
export async function* placedBatches(primary: LogSource, copies: readonly LogSource[], findings: Findings): AsyncGenerator<PlacedLine[]> {
  if (copies.length === 0 && primary.batches) {
    for await (const batch of primary.batches()) yield batch.map((raw) => ({ raw, where: { file: primary.name, line: raw.number } }));
    return;
  }
  for await (const placed of mergeCopies(primary, copies, findings)) yield [placed];
}
