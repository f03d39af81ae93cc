import { describe, expect, it } from 'vitest';
import { joinStretches } from '../../../../main/action-log/chain-join';
import type { ChainResult } from '../../../../main/action-log/chain-verifier';
import { joinFolded, type FoldedAction, type Tracked } from '../../../../shared/log/folded-action';
import type { ChainReview } from '../../../../shared/log/review-result';

// Stretches of one chain, each starting on the line after the one before: the join must fold their rows as one pass would.
const device = { id: 'dev-1', name: 'Front desk iPad' };
const technician = { upn: 'ana@contoso.example', objectId: 'oid-ana' };

function tracked(actionId: string, seq: number, fields: Partial<FoldedAction> = {}): Tracked {
  return {
    row: { actionId, action: 'resetPasscode', tenantId: 't-1', device, technician, ticket: null, identityVerified: null, requestedAt: null, lastState: 'pending', lastType: 'state', lastUpdate: `2026-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`, graphRequestId: null, error: null, entryCount: 1, firstFile: 'a.jsonl', firstLine: seq, findings: [], chain: 'c-1', ...fields },
    firstSeq: seq,
    lastSeq: seq,
    stateSeq: seq,
    ticketFromRequest: false,
    identityFromRequest: false,
    requestIdFromResponse: false,
  };
}

function stretch(from: number, to: number, rows: Tracked[]): ChainResult {
  const chain = { id: 'c-1', installId: 'i-1', machineName: 'PC', technicians: [], entries: rows.length, findingCount: 0, lacks: [], firstTime: null, lastTime: null, lastSeq: to } as unknown as ChainReview;
  return { chain, files: [], keys: [], tracked: rows, edges: { first: { seq: from, prev: `h${from - 1}`, legacy: false }, last: { seq: to, hash: `x${to}`, rawHash: `h${to}` } } };
}

/** What one pass gives: every action in the order first seen, each folded left to right over the stretches. */
function onePass(parts: ChainResult[]): Tracked[] {
  const rows = new Map<string, Tracked>();
  for (const part of parts) for (const t of part.tracked) rows.set(t.row.actionId, rows.has(t.row.actionId) ? joinFolded(rows.get(t.row.actionId)!, t) : t);
  return [...rows.values()];
}

describe('joining stretches of a chain', () => {
  it('folds an action met in several stretches in order, keeps first-seen order, and leaves the rest as they were', () => {
    const parts = [
      stretch(1, 10, [tracked('A', 1, { requestedAt: '2026-01-01T00:00:01.000Z', ticket: 'INC-A' }), tracked('B', 2), tracked('C', 3)]),
      stretch(11, 20, [tracked('D', 11), tracked('A', 12, { lastState: 'active' })]),
      stretch(21, 30, [tracked('C', 21, { lastState: 'done' }), tracked('A', 22, { lastState: 'done', findings: ['unsealed'] }), tracked('D', 23, { lastState: 'failed' }), tracked('E', 24)]),
    ];
    const joined = joinStretches('c-1', parts)!;
    expect(joined.tracked).toEqual(onePass(parts));
    expect(joined.tracked.map((t) => t.row.actionId)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(joined.tracked.find((t) => t.row.actionId === 'A')!.row).toMatchObject({ ticket: 'INC-A', lastState: 'done', entryCount: 3, findings: ['unsealed'] });
    // A row only the first stretch names is the very row it folded.
    expect(joined.tracked[1]).toBe(parts[0]!.tracked[1]);
    // The stretches' own rows are not changed by the join.
    expect(parts[0]!.tracked[0]!.row.lastState).toBe('pending');
  });

  it('refuses stretches that do not meet, so the chain is read again in one pass', () => {
    expect(joinStretches('c-1', [stretch(1, 10, [tracked('A', 1)]), stretch(12, 20, [tracked('B', 12)])])).toBeNull();
  });
});
