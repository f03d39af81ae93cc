import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TECHNICIANS } from '../../../main/demo-tenant';
import { device, expectGraphError, intuneMessage, resetOf, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
afterEach(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

const TIMING = { toActiveMs: 30_000, toDoneMs: 90_000 };

async function resultOf(id: string, version = 'beta', headers: Record<string, string> = {}) {
  const answer = await f.get(`${device(id, version)}?$select=id,deviceActionResults`, headers);
  expect(answer.status).toBe(200);
  return answer.body.deviceActionResults.find((r: { actionName: string }) => r.actionName === 'resetPasscode');
}

/** Resets `name` at t0 and returns the result seen before active, while active, and at the end. */
async function lifecycle(name: string) {
  f = await startFixture({ actionTiming: TIMING });
  const id = f.tenant.control.deviceId(name);
  const t0 = f.clock.now();
  const answer = await f.post(resetOf(id));
  expect(answer.status).toBe(204);
  expect(answer.text).toBe('');
  const pending = await resultOf(id);
  f.clock.advance(TIMING.toActiveMs);
  const active = await resultOf(id);
  f.clock.advance(TIMING.toDoneMs - TIMING.toActiveMs);
  const end = await resultOf(id);
  return { id, t0, pending, active, end };
}

describe('resetPasscode lifecycle on a manual clock', () => {
  it('goes pending, active, done; an iOS removal has no passcode', async () => {
    const { t0, pending, active, end } = await lifecycle('DEMO-IOS-17');
    expect(pending).toMatchObject({
      '@odata.type': '#microsoft.graph.resetPasscodeActionResult',
      actionName: 'resetPasscode',
      actionState: 'pending',
      startDateTime: new Date(t0).toISOString(),
      lastUpdatedDateTime: new Date(t0).toISOString(),
      passcode: null,
    });
    expect(active).toMatchObject({ actionState: 'active', lastUpdatedDateTime: new Date(t0 + TIMING.toActiveMs).toISOString(), passcode: null });
    expect(end).toMatchObject({ actionState: 'done', errorCode: 0, passcode: null, lastUpdatedDateTime: new Date(t0 + TIMING.toDoneMs).toISOString() });
  });

  it.each(['DEMO-AE-DEDICATED-13', 'DEMO-AE-FULLY-MANAGED-14', 'DEMO-AE-COPE-13', 'DEMO-AOSP-USERLESS-10', 'DEMO-DA-6.0.1'])(
    'shows a generated passcode (letters and digits) for %s, already while pending, the same to the end',
    async (name) => {
      const { pending, active, end } = await lifecycle(name);
      expect(pending.passcode).toMatch(/^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{8}$/);
      expect(active.passcode).toBe(pending.passcode);
      expect(end.actionState).toBe('done');
      expect(end.passcode).toBe(pending.passcode);
    },
  );

  it('keeps a generated passcode for seven days, then no more', async () => {
    const { id, t0, end } = await lifecycle('DEMO-AE-DEDICATED-13');
    const sevenDays = 7 * 24 * 3_600_000;
    f.clock.advance(t0 + sevenDays - 1 - f.clock.now());
    // The fixture's token expired days ago: a fresh one, as the app would renew it.
    const fresh = { authorization: `Bearer ${f.tenant.control.issueToken({ ...DEMO_TECHNICIANS[0]! })}` };
    expect((await resultOf(id, 'beta', fresh)).passcode).toBe(end.passcode);
    f.clock.advance(1);
    expect((await resultOf(id, 'beta', fresh)).passcode).toBeNull();
  });

  it('gives no passcode to a personally-owned work profile, unless Intune hands out a temporary one (8.0+)', async () => {
    const { end } = await lifecycle('DEMO-AWP-7.0');
    expect(end).toMatchObject({ actionState: 'done', passcode: null });
    await f.tenant.close();
    const temporary = await lifecycle('DEMO-AWP-13-TEMP-PASSCODE');
    expect(temporary.end.passcode).toMatch(/^[A-Za-z0-9]{8}$/);
  });

  it.each([
    ['DEMO-FAIL-IOS-NO-POLICY', 'failed'],
    ['DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', 'failed'],
    ['DEMO-FAIL-AWP-NO-POLICY', 'failed'],
    ['DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE', 'notSupported'],
    ['DEMO-FAIL-COPE-RESET-TOKEN-INACTIVE', 'notSupported'],
  ])('ends %s in %s with an error code and no passcode', async (name, state) => {
    const { pending, end } = await lifecycle(name);
    expect(pending.actionState).toBe('pending');
    expect(pending.errorCode).toBe(0);
    expect(end.actionState).toBe(state);
    expect(end.errorCode).not.toBe(0);
    expect(end.passcode).toBeNull();
  });

  it('follows traits set through control', async () => {
    f = await startFixture();
    const id = f.tenant.control.deviceId('DEMO-IOS-18');
    f.tenant.control.setTraits(id, { unlockTokenPresent: false });
    expect((await f.post(resetOf(id))).status).toBe(204);
    expect((await resultOf(id)).actionState).toBe('failed');
  });

  it('refuses an unsupported platform with a 400 and records nothing', async () => {
    f = await startFixture();
    const id = f.tenant.control.deviceId('DEMO-AWP-6.0.1');
    const answer = await f.post(resetOf(id));
    expectGraphError(answer, 400, 'BadRequest');
    expect(intuneMessage(answer).Message).toMatch(/Android 7\.0/);
    expect(await resultOf(id)).toBeUndefined();
    expect((await f.get('/beta/deviceManagement/remoteActionAudits')).body.value).toEqual([]);
    expect(f.tenant.control.counters.resetPasscodePosts(id)).toBe(1);
  });

  it('keeps only the latest reset result per device, on v1.0 as on beta', async () => {
    f = await startFixture({ actionTiming: TIMING });
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    await f.post(resetOf(id, 'v1.0'));
    f.clock.advance(TIMING.toDoneMs);
    await f.post(resetOf(id, 'v1.0'));
    const results = (await f.get(`${device(id, 'v1.0')}?$select=deviceActionResults`)).body.deviceActionResults;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ actionState: 'pending', startDateTime: new Date(f.clock.now()).toISOString() });
  });

  it('records an audit for each accepted reset, under the token\'s UPN, following the action\'s state', async () => {
    f = await startFixture({ actionTiming: TIMING });
    const id = f.tenant.control.deviceId('DEMO-AE-DEDICATED-13');
    await f.post(resetOf(id));
    const audits = async () => (await f.get("/beta/deviceManagement/remoteActionAudits?$filter=action eq 'resetPasscode'")).body.value;
    const [audit] = await audits();
    expect(audit).toMatchObject({
      managedDeviceId: id,
      deviceDisplayName: 'DEMO-AE-DEDICATED-13',
      initiatedByUserPrincipalName: DEMO_TECHNICIANS[0]!.upn,
      action: 'resetPasscode',
      actionState: 'pending',
      deviceActionCategory: 'single',
      requestDateTime: new Date(f.clock.now()).toISOString(),
    });
    expect(audit).not.toHaveProperty('passcode');
    f.clock.advance(TIMING.toDoneMs);
    expect((await audits())[0].actionState).toBe('done');
  });
});
