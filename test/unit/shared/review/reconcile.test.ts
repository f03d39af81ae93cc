import { describe, expect, it } from 'vitest';
import type { FoldedAction } from '../../../../shared/log/folded-action';
import type { ChainReview } from '../../../../shared/log/review-result';
import { periodStart, reconcile, reconciliationCsvPieces, type IntuneAudit } from '../../../../shared/review/reconcile';

const ANA = 'ana@contoso.example';
const BEN = 'ben@contoso.example';
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 8, minutes)).toISOString();

const chain = (id: string, technicians: string[], first: number | null, last: number | null): ChainReview =>
  ({ id, technicians, firstTime: first === null ? null : t(first), lastTime: last === null ? null : t(last) }) as ChainReview;

const row = (actionId: string, fields: { device?: string; upn?: string; at?: number; state?: FoldedAction['lastState']; type?: FoldedAction['lastType']; chain?: string }): FoldedAction =>
  ({
    actionId,
    action: 'resetPasscode',
    device: { id: fields.device ?? 'dev-1', name: `Phone ${fields.device ?? 'dev-1'}` },
    technician: { upn: fields.upn ?? ANA, objectId: 'o' },
    requestedAt: t(fields.at ?? 0),
    lastUpdate: t(fields.at ?? 0),
    lastState: fields.state ?? 'done',
    lastType: fields.type ?? 'state',
    chain: fields.chain ?? 'pc-1',
  }) as FoldedAction;

const audit = (id: string, fields: { device?: string; upn?: string | null; at?: number; state?: string }): IntuneAudit => ({
  id,
  deviceId: fields.device ?? 'dev-1',
  deviceName: `Phone ${fields.device ?? 'dev-1'}`,
  initiatedBy: fields.upn === undefined ? ANA : fields.upn,
  requestedAt: t(fields.at ?? 0),
  state: fields.state ?? 'done',
});

const chains = [chain('pc-1', [ANA], 0, 60)];
const findingsOf = (result: ReturnType<typeof reconcile>, id = 'pc-1') => result.chains.find((c) => c.chain === id)!.findings.map((f) => [f.kind, f.actionId ?? f.auditId]);

describe('reconcile: the logs against Intune\'s audit record', () => {
  it('an audit matches the logged action on the same device by the same technician within two minutes; nothing to report', () => {
    const result = reconcile(chains, [row('a1', { at: 10 })], [audit('x1', { at: 11, upn: ANA.toUpperCase() })], t(90));
    expect(result.chains).toEqual([{ chain: 'pc-1', matched: 1, findings: [], findingCount: 0 }]);
    expect(result.auditsRead).toBe(1);
  });

  it('an audit more than two minutes away, or by another technician, is not that action', () => {
    const result = reconcile(chains, [row('a1', { at: 10 })], [audit('x1', { at: 13 }), audit('x2', { at: 10, upn: BEN })], t(90));
    expect(result.chains[0]!.matched).toBe(0);
    // x1 (Ana, in the period) is missing from the logs; x2 is Ben's and this chain is Ana's; a1 is unknown to Intune.
    expect(findingsOf(result)).toEqual([
      ['unknown-to-intune', 'a1'],
      ['missing-from-logs', 'x1'],
    ]);
  });

  it('two resets of one device minutes apart are not swapped: the closest in time wins', () => {
    const rows = [row('early', { at: 10, state: 'failed' }), row('late', { at: 12, state: 'done' })];
    const result = reconcile(chains, rows, [audit('x-late', { at: 12, state: 'done' }), audit('x-early', { at: 10, state: 'failed' })], t(90));
    expect(result.chains[0]).toMatchObject({ matched: 2, findings: [] });
  });

  it('reports an action both sides ended differently, and one the log refused that Intune still recorded', () => {
    const rows = [row('a1', { at: 10, state: 'done' }), row('a2', { device: 'dev-2', at: 20, state: 'refused', type: 'refused' })];
    const result = reconcile(chains, rows, [audit('x1', { at: 10, state: 'failed' }), audit('x2', { device: 'dev-2', at: 20, state: 'pending' })], t(90));
    expect(findingsOf(result)).toEqual([
      ['state-differs', 'a1'],
      ['state-differs', 'a2'],
    ]);
    expect(result.chains[0]!.findings[0]).toMatchObject({ logState: 'done', intuneState: 'failed', meaning: expect.stringContaining('disagree') });
  });

  it("an unmatched audit inside a chain's period is missing from the logs; after its last entry it is after the log's end", () => {
    const result = reconcile(chains, [], [audit('inside', { at: 30 }), audit('after', { at: 70 }), audit('before', { at: -10 })], t(90));
    expect(findingsOf(result)).toEqual([
      ['missing-from-logs', 'inside'],
      ['after-log-end', 'after'],
    ]);
  });

  it('an unmatched logged action counts only if the log says it reached Intune', () => {
    const rows = [
      row('accepted', { at: 5, state: 'accepted', type: 'accepted' }),
      row('only-requested', { at: 6, state: 'requested', type: 'requested' }),
      row('graph-refused', { at: 7, state: 'failed', type: 'failed' }),
      row('outcome-unknown', { at: 8, state: 'unknown', type: 'unknown' }),
    ];
    expect(findingsOf(reconcile(chains, rows, [], t(90)))).toEqual([['unknown-to-intune', 'accepted']]);
  });

  it('gives each finding to its own chain, sorted by time; a chain with no entries gets none', () => {
    const two = [...chains, chain('pc-2', [BEN], 0, 60), chain('empty', [ANA], null, null)];
    const rows = [row('b1', { upn: BEN, at: 40, chain: 'pc-2', state: 'done' }), row('a1', { at: 20, state: 'done' })];
    const result = reconcile(two, rows, [], t(90));
    expect(findingsOf(result, 'pc-1')).toEqual([['unknown-to-intune', 'a1']]);
    expect(findingsOf(result, 'pc-2')).toEqual([['unknown-to-intune', 'b1']]);
    expect(findingsOf(result, 'empty')).toEqual([]);
  });
});

describe('periodStart and the CSV', () => {
  it('audits older than the earliest chain need not be read', () => {
    expect(periodStart([chain('b', [], 30, 40), chain('a', [], 5, 9), chain('c', [], null, null)])).toBe(t(5));
    expect(periodStart([])).toBeNull();
  });

  it('one line per finding under a header, the chain named by its machine, lines ended CRLF', () => {
    const result = reconcile(chains, [], [audit('x1', { at: 30 })], t(90));
    const csv = [...reconciliationCsvPieces(result, (id) => `machine-of-${id}`, (v) => v ?? '')].join('');
    const lines = csv.split('\r\n');
    expect(lines[0]!.split(',')[0]).toBe('Chain');
    expect(lines[1]!.split(',').slice(0, 3)).toEqual(['machine-of-pc-1', 'missing-from-logs', t(30)]);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });
});
