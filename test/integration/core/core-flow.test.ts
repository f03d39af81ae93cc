import { describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { defaultSettings } from '../../../shared/settings/settings';
import { callerFor, createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

/** Resolves with the first event of that name that matches. */
function nextEvent<E extends EventName>(core: Awaited<ReturnType<typeof createTestCore>>, name: E, match: (p: EventPayload<E>) => boolean) {
  return new Promise<EventPayload<E>>((resolve) => {
    const stop = core.events.listen((event: EventName, payload: unknown) => {
      if (event === name && match(payload as EventPayload<E>)) {
        stop();
        resolve(payload as EventPayload<E>);
      }
    });
  });
}

// The wired core, as the window uses it: demo sign-in, the device list, one
// action followed to its end, and the same action in the offline review.
describe('the core on the demo tenant', () => {
  it('signs in, lists devices, removes a passcode to done, and shows it in the review', async () => {
    const core = await createTestCore(tempDir(), { demo: { deviceCount: 300, pace: 'instant' } });
    const call = callerFor(core);
    expect(await call('getSession', {})).toMatchObject({ ok: true, value: { status: 'signedOut', mode: 'demo' } });
    expect(await call('signIn', { method: 'interactive' })).toMatchObject({ ok: true, value: { status: 'signedIn' } });

    const pages: Array<EventPayload<'devicesProgress'>> = [];
    const stop = core.events.listen((event, payload) => event === 'devicesProgress' && pages.push(payload as EventPayload<'devicesProgress'>));
    const done = nextEvent(core, 'devicesProgress', (p) => p.done);
    expect((await call('loadDevices', {})).ok).toBe(true);
    const last = await done;
    stop();
    expect(last.error).toBeNull();
    const devices = pages.flatMap((p) => p.devices);
    expect(devices).toHaveLength(300);
    const ios = devices.find((d) => d.name === 'DEMO-IOS-17')!;
    expect(ios.decision.eligible).toBe(true);

    const finished = nextEvent(core, 'actionUpdated', (a) => a.deviceId === ios.id && a.state === 'done');
    const requested = await call('requestPasscodeAction', { deviceId: ios.id, ticket: 'INC-4242', identityVerified: true, acknowledgedRecentActions: false });
    expect(requested).toMatchObject({ ok: true, value: { deviceId: ios.id } });
    await finished;
    const listed = await call('listActions', {});
    expect(listed.ok && listed.value.find((a) => a.deviceId === ios.id)?.state).toBe('done');

    const review = await call('openLogs', { kind: 'own' });
    if (!review.ok || !review.value) throw new Error('no review');
    expect(review.value.chains.map((c) => c.integrity.status)).toEqual(['verified']);
    const rows = await call('listReviewRows', { reviewId: review.value.reviewId, filter: { ticket: 'INC-4242' }, offset: 0, limit: 10 });
    expect(rows).toMatchObject({ ok: true, value: { total: 1, rows: [{ lastState: 'done', ticket: 'INC-4242' }] } });
    await core.close();
  });

  it('moves to the configured tenant when the settings change, and back to the demo', async () => {
    const core = await createTestCore(tempDir(), { demo: { deviceCount: 50, pace: 'instant' } });
    const call = callerFor(core);
    // The sign-in card names the demo tenant's real size, as it was started (`--demo-devices`).
    expect(await call('getAppInfo', {})).toMatchObject({ ok: true, value: { mode: 'demo', demoDevices: 50 } });
    await call('signIn', { method: 'interactive' });
    const tenantSession = nextEvent(core, 'sessionChanged', (s) => s.mode === 'tenant');
    const settings = { ...defaultSettings, tenant: 'contoso.onmicrosoft.com', clientId: '1b2c3d4e-0000-4000-8000-00000000abcd' };
    expect((await call('saveSettings', { settings })).ok).toBe(true);
    expect(await tenantSession).toMatchObject({ status: 'signedOut', mode: 'tenant' });
    expect(await call('getSession', {})).toMatchObject({ ok: true, value: { mode: 'tenant', status: 'signedOut' } });
    expect(await call('getAppInfo', {})).toMatchObject({ ok: true, value: { mode: 'tenant', demoDevices: null } });

    const back = nextEvent(core, 'sessionChanged', (s) => s.mode === 'demo');
    await call('saveSettings', { settings: defaultSettings });
    expect(await back).toMatchObject({ mode: 'demo' });
    await core.close();
  });
});
