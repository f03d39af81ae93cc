import { GENESIS_HASH } from '../../shared/log/log-entry';
import type { FindingKind, LogFinding } from '../../shared/log/log-finding';
import type { FindingMessage } from '../../shared/messages/finding-message';
import type { Authenticity } from './key-ring';

/**
 * Follows the hash chain through the lines of a review in file order and
 * says where it breaks. Every line names the sequence number and hash of the
 * line before it, so:
 *  - a gap in sequence numbers, or a line not linking to the one before: `deleted`;
 *  - a sequence number already passed: `reordered` if it fills an earlier gap, else `inserted`;
 *  - a line that fits but is not genuine (bad signature, edited), followed by a
 *    line linking to the one before it: that line was `inserted`.
 * A gap later filled by the entries found out of place is not a deletion, so
 * its finding is withdrawn. Only genuine lines (hash and signature good, or
 * signed by a key we cannot check) may open a gap; others cannot move the chain
 * except into the slot they claim.
 */
/**
 * What the checker needs of a line. `hash` is what a following line of the
 * same format names as its `prev`: the `hash` field of a format-1 line, the
 * SHA-256 of the bytes of a format-2 line. `rawHash` is the latter for a
 * format-1 line too (a format-2 line after it links to its bytes).
 */
export interface ChainLink {
  seq: number;
  prev: string;
  hash: string;
  rawHash: string;
  legacy: boolean;
  actionId?: string;
}

export interface Where {
  file: string;
  line: number;
}

export interface Findings {
  add(kind: FindingKind, where: Where, say: FindingMessage, actionId?: string): LogFinding;
  drop(finding: LogFinding): void;
}

interface Tip {
  seq: number;
  hash: string;
  rawHash: string;
  actionId?: string;
  where: Where;
  genuine: boolean;
  authFinding: LogFinding | null;
  before: { seq: number; hash: string } | null;
}

interface Gap {
  from: number;
  to: number;
  found: Set<number>;
  finding: LogFinding;
}

const MAX_OPEN_GAPS = 1000;

function gapMessage(from: number, to: number, found: number): FindingMessage {
  return from === to
    ? { code: 'entryMissing', params: { seq: String(from) } }
    : { code: 'entriesMissing', params: { missing: String(to - from + 1 - found), from: String(from), to: String(to) } };
}

export function createChainChecker(findings: Findings) {
  let tip: Tip | null = null;
  let start: { seq: number; where: Where; fromGenesis: boolean } | null = null;
  const gaps: Gap[] = [];

  function moveTo(line: ChainLink, where: Where, genuine: boolean, authFinding: LogFinding | null, seq = line.seq): void {
    const { hash, rawHash, actionId } = line;
    tip = { seq, hash, rawHash, actionId, where, genuine, authFinding, before: tip && { seq: tip.seq, hash: tip.hash } };
  }

  /** A line out of place: one already reported as not genuine becomes `inserted` (an edit stays an edit). */
  function outOfPlace(where: Where, auth: Authenticity, authFinding: LogFinding | null, say: FindingMessage, actionId?: string): void {
    if (authFinding && auth === 'edited') return;
    if (authFinding) {
      // Where it sits comes first; why it was not genuine stays beside it.
      authFinding.kind = 'inserted';
      authFinding.also = authFinding.say;
      authFinding.say = say;
    } else findings.add('inserted', where, say, actionId);
  }

  return {
    check(line: ChainLink, where: Where, auth: Authenticity, authFinding: LogFinding | null): void {
      const actionId = line.actionId;
      const genuine = auth === 'ok' || auth === 'unknown-key';
      if (tip === null) {
        start = { seq: line.seq, where, fromGenesis: line.seq === 1 && line.prev === GENESIS_HASH };
        return moveTo(line, where, genuine, authFinding);
      }
      const linksToTip = line.prev === (line.legacy ? tip.hash : tip.rawHash);
      if (linksToTip && (line.seq === tip.seq + 1 || !genuine)) return moveTo(line, where, genuine, authFinding, tip.seq + 1);
      if (!line.legacy && line.seq === tip.seq + 1 && genuine) {
        // Format-2 lines carry no hash of their own: a line whose successor names other content was changed.
        const next = String(where.line);
        const say: FindingMessage =
          where.file === tip.where.file ? { code: 'nextLinksElsewhere', params: { line: next } } : { code: 'nextLinksElsewhereIn', params: { line: next, file: where.file } };
        findings.add('edited', tip.where, say, tip.actionId);
        return moveTo(line, where, genuine, authFinding);
      }
      if (line.seq === tip.seq && line.rawHash === tip.rawHash) {
        findings.add('inserted', where, { code: 'copyOfLine', params: { line: String(tip.where.line) } }, actionId);
        return;
      }
      if (tip.before && !tip.genuine && line.seq === tip.seq && line.prev === tip.before.hash) {
        outOfPlace(tip.where, 'bad-signature', tip.authFinding, { code: 'linksPast', params: { line: String(where.line) } });
        tip = { ...tip, hash: line.hash, rawHash: line.rawHash, actionId, where, genuine, authFinding };
        return;
      }
      if (line.seq <= tip.seq) {
        const gap = genuine ? gaps.find((g) => line.seq >= g.from && line.seq <= g.to && !g.found.has(line.seq)) : undefined;
        if (!gap) return outOfPlace(where, auth, authFinding, { code: 'seqReused', params: { seq: String(line.seq) } }, actionId);
        gap.found.add(line.seq);
        findings.add('reordered', where, { code: 'outOfOrder', params: { seq: String(line.seq), line: String(gap.finding.line), file: gap.finding.file } }, actionId);
        if (gap.found.size === gap.to - gap.from + 1) {
          findings.drop(gap.finding);
          gaps.splice(gaps.indexOf(gap), 1);
        } else gap.finding.say = gapMessage(gap.from, gap.to, gap.found.size);
        return;
      }
      if (!genuine) return outOfPlace(where, auth, authFinding, { code: 'seqNotFollowing', params: { seq: String(line.seq), previous: String(tip.seq) } }, actionId);
      if (line.seq > tip.seq + 1) {
        const [from, to] = [tip.seq + 1, line.seq - 1];
        const finding = findings.add('deleted', where, gapMessage(from, to, 0), actionId);
        if (where.file !== tip.where.file && where.line <= 2) finding.also = { code: 'fileMissingHint', params: {} };
        // Bounded: past this many open gaps, entries turning up later are reported as inserted, not matched.
        if (gaps.length < MAX_OPEN_GAPS) gaps.push({ from, to, found: new Set(), finding });
      } else {
        findings.add('deleted', where, { code: 'noLinkToPrevious', params: { line: String(tip.where.line) } }, actionId);
      }
      moveTo(line, where, genuine, authFinding);
    },
    /** Where the chain read starts: from the very first entry of the log, or mid-way (earlier files not reviewed). */
    start: () => start,
    last: () => (tip === null ? null : { seq: tip.seq, hash: tip.hash, rawHash: tip.rawHash }),
    /** The SHA-256 of the bytes of the line the chain stands on: what the next line's `prev` should be. */
    lastRawHash: (): string | undefined => tip?.rawHash,
  };
}
