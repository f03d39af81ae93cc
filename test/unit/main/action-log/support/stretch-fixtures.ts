import type { ChainResult } from '../../../../../main/action-log/chain-verifier';
import type { FoldedAction, Tracked } from '../../../../../shared/log/folded-action';
import type { ChainReview } from '../../../../../shared/log/review-result';

// Stretches of one chain made by hand, for the joins' tests: only what a join reads is filled in.
const technician = { upn: 'tech@contoso.example', objectId: 'o-1' };
const device = { id: 'dev-1', name: 'IPAD-1' };

/** A row of action `actionId` first and last seen at sequence number `seq`. */
export function row(actionId: string, seq: number, fields: Partial<FoldedAction> = {}): Tracked {
  return {
    row: { actionId, action: 'resetPasscode', tenantId: 't-1', device, technician: { ...technician, displayName: 'Tech' }, ticket: null, identityVerified: null, requestedAt: null, lastState: 'pending', lastType: 'state', lastUpdate: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`, graphRequestId: null, error: null, entryCount: 1, firstFile: 'a.jsonl', firstLine: seq, findings: [], chain: 'c-1', ...fields },
    firstSeq: seq,
    lastSeq: seq,
    stateSeq: seq,
    ticketFromRequest: false,
    identityFromRequest: false,
    requestIdFromResponse: false,
  };
}

/** A clean stretch of sequence numbers from..to (each stretch's `prev` is `h` and the number before it: they meet in order). */
export function plainStretch(from: number, to: number, rows: Tracked[]): ChainResult {
  const chain = { id: 'c-1', installId: 'i-1', machineName: 'PC', technicians: [], entries: rows.length, findingCount: 0, lacks: [], firstTime: null, lastTime: null, lastSeq: to } as unknown as ChainReview;
  return { chain, files: [], keys: [], tracked: rows, edges: { first: { seq: from, prev: `h${from - 1}`, legacy: false }, last: { seq: to, hash: `x${to}`, rawHash: `h${to}` } } };
}
