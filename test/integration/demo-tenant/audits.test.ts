import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TECHNICIANS, SCOPE_PRIVILEGED } from '../../../main/demo-tenant';
import { device, expectGraphError, request, resetOf, startFixture, type Fixture } from './tenant-fixture';

const AUDITS = '/beta/deviceManagement/remoteActionAudits';
let f: Fixture;
afterEach(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

describe('remoteActionAudits', () => {
  it('seeds other technicians\' actions: some resets pending, some finished minutes ago', async () => {
    f = await startFixture({ deviceCount: 2500, otherUsersActions: 30, actionTiming: { toActiveMs: 20_000, toDoneMs: 60_000 } });
    const audits = await f.getAll(AUDITS);
    expect(audits).toHaveLength(30);
    const mine = DEMO_TECHNICIANS.map((t) => t.upn);
    expect(audits.every((a) => !mine.includes(a.initiatedByUserPrincipalName as string))).toBe(true);
    const resets = audits.filter((a) => a.action === 'resetPasscode');
    const states = new Set(resets.map((a) => a.actionState));
    for (const state of ['pending', 'active', 'done']) expect(states).toContain(state);
    expect(audits.some((a) => a.action !== 'resetPasscode')).toBe(true);
    const times = audits.map((a) => Date.parse(a.requestDateTime as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((t) => t <= f.clock.now() && t > f.clock.now() - 4 * 3_600_000)).toBe(true);

    // The pending one shows on its device too, so the app can warn before a second reset.
    const pendingId = f.tenant.control.deviceId('DEMO-IOS-OTHER-PENDING');
    const results = (await f.get(`${device(pendingId)}?$select=deviceActionResults`)).body.deviceActionResults;
    expect(results).toEqual([expect.objectContaining({ actionName: 'resetPasscode', actionState: 'pending' })]);
  });

  it('honours $filter=action eq \'resetPasscode\', typed enum literals too', async () => {
    f = await startFixture({ deviceCount: 2500, otherUsersActions: 30 });
    const resets = await f.getAll(`${AUDITS}?$filter=${encodeURIComponent("action eq 'resetPasscode'")}`);
    expect(resets.length).toBeGreaterThan(0);
    expect(resets.every((a) => a.action === 'resetPasscode')).toBe(true);
    const typed = await f.getAll(`${AUDITS}?$filter=${encodeURIComponent("action eq microsoft.graph.remoteAction'resetPasscode'")}`);
    expect(typed).toEqual(resets);
  });

  it('pages newest first, and a new action during paging shifts nothing', async () => {
    f = await startFixture({ deviceCount: 2500, otherUsersActions: 12 });
    const expected = await f.getAll(`${AUDITS}?$select=id`);
    const first = await f.get(`${AUDITS}?$top=5&$select=id`);
    expect(first.body.value).toHaveLength(5);
    f.clock.advance(1000);
    await f.post(resetOf(f.tenant.control.deviceId('DEMO-IOS-17')));
    const rest = await f.getAll(first.body['@odata.nextLink']);
    expect([...first.body.value, ...rest]).toEqual(expected);
    expect((await f.get(`${AUDITS}?$top=1`)).body.value[0].deviceDisplayName).toBe('DEMO-IOS-17');
  });

  it('answers 403 when switched off, and to a token without a read scope', async () => {
    f = await startFixture();
    f.tenant.control.audits.setForbidden(true);
    expectGraphError(await f.get(AUDITS), 403, 'Forbidden');
    f.tenant.control.audits.setForbidden(false);
    expect((await f.get(AUDITS)).status).toBe(200);
    const writer = f.tenant.control.issueToken({ upn: 'w@contoso.com', scopes: [SCOPE_PRIVILEGED] });
    expectGraphError(await request('GET', f.tenant.url + AUDITS, { authorization: `Bearer ${writer}` }), 403, 'Forbidden');
  });
});
