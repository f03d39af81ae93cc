import { describe, expect, it } from 'vitest';
import type { PlatformServices } from '../../../../main/platform/platform-services';
import { createReviewService, summarise } from '../../../../main/review/review-service';
import { reviewRowsOf } from '../../../../main/action-log/review-rows';
import type { FoldedAction } from '../../../../shared/log/folded-action';
import type { ChainReview, ReviewResult } from '../../../../shared/log/review-result';
import { err, ok, type Result } from '../../../../shared/result';
import type { IntuneAudit } from '../../../../shared/review/reconcile';

const ANA = 'ana@contoso.example';
const chain = { id: 'pc-1', machineName: 'PC-1', technicians: [ANA], firstTime: '2026-11-02T08:00:00.000Z', lastTime: '2026-11-03T08:00:00.000Z' } as ChainReview;
const row = (actionId: string, requestedAt: string, fields: Partial<FoldedAction> = {}): FoldedAction =>
  ({
    actionId,
    action: 'resetPasscode',
    device: { id: `dev-${actionId}`, name: `Phone ${actionId}` },
    technician: { upn: ANA, objectId: 'o' },
    ticket: null,
    requestedAt,
    lastUpdate: requestedAt,
    lastState: 'done',
    lastType: 'state',
    findings: [],
    chain: 'pc-1',
    ...fields,
  }) as FoldedAction;

const review = (rows: FoldedAction[]): ReviewResult => ({ chains: [chain], files: [], rows: reviewRowsOf(rows), keys: [], tornFiles: [], skipped: [] });

/** A review service whose own log is `reviews` in turn; no file or dialog is touched. */
function serviceOver(reviews: ReviewResult[], readAudits?: (since: string | null) => Promise<Result<IntuneAudit[]>>) {
  let next = 0;
  return createReviewService({
    platform: {} as PlatformServices,
    ownLogFolder: '/logs',
    readOwnLog: async () => ok(reviews[next++]!),
    readAudits,
    now: () => new Date('2026-11-30T12:00:00.000Z'),
  });
}
const openOwn = async (service: ReturnType<typeof serviceOver>) => {
  const opened = await service.open('own');
  if (!opened.ok || opened.value === null) throw new Error('the review did not open');
  return opened.value.reviewId;
};

describe('review service', () => {
  it('pages rows newest first, and leaves a row with an integrity finding out of the chart but counts it', async () => {
    const rows = [
      row('a', '2026-11-02T09:00:00.000Z'),
      row('b', '2026-11-03T07:00:00.000Z', { lastState: 'failed' }),
      row('c', '2026-11-02T10:00:00.000Z', { findings: ['edited'] as FoldedAction['findings'] }),
    ];
    const service = serviceOver([review(rows)]);
    const id = await openOwn(service);
    const page = service.listRows(id, {}, 0, 2);
    expect(page.ok && page.value.rows.map((r) => r.actionId)).toEqual(['b', 'c']);
    expect(page.ok && page.value.total).toBe(3);
    expect(page.ok && page.value.untrusted).toBe(1);
    expect(page.ok && page.value.perDay).toEqual([
      { day: '2026-11-02', counts: { done: 1 } },
      { day: '2026-11-03', counts: { failed: 1 } },
    ]);
  });

  it('keeps the last three reviews open; an older one says to open the files again', async () => {
    const service = serviceOver([review([]), review([]), review([]), review([])]);
    const first = await openOwn(service);
    for (let i = 0; i < 3; i++) await openOwn(service);
    expect(service.listRows(first, {}, 0, 10)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('Open the log files again') } });
  });

  it('checks against Intune for the period the chains cover, and shows at most 200 findings per chain', async () => {
    const since: Array<string | null> = [];
    const audits: IntuneAudit[] = Array.from({ length: 250 }, (_, i) => ({
      id: `x${i}`,
      deviceId: `gone-${i}`,
      deviceName: null,
      initiatedBy: ANA,
      requestedAt: new Date(Date.parse('2026-11-02T12:00:00.000Z') + i * 60_000).toISOString(),
      state: 'done',
    }));
    const service = serviceOver([review([])], async (from) => {
      since.push(from);
      return ok(audits);
    });
    const id = await openOwn(service);
    const result = await service.checkAgainstIntune(id);
    expect(since).toEqual([chain.firstTime]);
    expect(result.ok && result.value.chains[0]).toMatchObject({ findingCount: 250, findings: expect.any(Array) });
    expect(result.ok && result.value.chains[0]!.findings).toHaveLength(200);
    expect(result.ok && result.value.checkedAt).toBe('2026-11-30T12:00:00.000Z');
  });

  it('passes on a refused audit read, and says when the check is not available here', async () => {
    const refused = serviceOver([review([])], async () => err('not_signed_in', 'Sign in to check against Intune.'));
    expect(await refused.checkAgainstIntune(await openOwn(refused))).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const offline = serviceOver([review([])]);
    expect(await offline.checkAgainstIntune(await openOwn(offline))).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

describe('summarise', () => {
  it('counts each chain its own actions and untrusted actions, and a chain with no rows gets zero', () => {
    const other = { ...chain, id: 'pc-2', machineName: 'PC-2' } as ChainReview;
    const empty = { ...chain, id: 'pc-3', machineName: 'PC-3' } as ChainReview;
    const edited = { findings: ['edited'] as FoldedAction['findings'] };
    const rows = [
      row('a', '2026-11-02T09:00:00.000Z'),
      row('b', '2026-11-02T10:00:00.000Z', { chain: 'pc-2', ...edited }),
      row('c', '2026-11-02T11:00:00.000Z', edited),
      row('d', '2026-11-02T12:00:00.000Z', { chain: 'pc-2' }),
      row('e', '2026-11-02T13:00:00.000Z', { chain: 'pc-2' }),
    ];
    const summary = summarise('r1', { chains: [chain, other, empty], files: [], rows: reviewRowsOf(rows), keys: [], tornFiles: [], skipped: [] });
    expect(summary.chains.map((c) => [c.id, c.actions, c.untrustedActions])).toEqual([
      ['pc-1', 2, 1],
      ['pc-2', 3, 1],
      ['pc-3', 0, 0],
    ]);
    expect(summary.totalActions).toBe(5);
    expect(summary.untrustedActions).toBe(2);
  });
});
