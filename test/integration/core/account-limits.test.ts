import { describe, expect, it } from 'vitest';
import { DEMO_TECHNICIANS, type DemoTenantControl } from '../../../main/demo-tenant';
import { NO_RESET_ROLE_UPN } from '../../../main/demo-tenant/demo-identity';
import type { EventPayload } from '../../../shared/ipc/contract';
import { callerFor, createTestCore } from '../../support/test-core';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const samReader = DEMO_TECHNICIANS.find((t) => t.upn.startsWith('sam.reader'))!;

/** The wired core on the demo tenant, signed in as `technicianUpn`, with the tenant's control for device ids. */
async function signedInCore(technicianUpn: string) {
  let control: DemoTenantControl | null = null;
  const core = await createTestCore(tempDir(), { demo: { deviceCount: 50, pace: 'instant', technicianUpn, onStarted: (c) => (control = c) } });
  const call = callerFor(core);
  const sessions: Array<EventPayload<'sessionChanged'>> = [];
  core.events.listen((event, payload) => event === 'sessionChanged' && sessions.push(payload as EventPayload<'sessionChanged'>));
  expect(await call('signIn', { method: 'interactive' })).toMatchObject({ ok: true, value: { status: 'signedIn' } });
  return { core, call, sessions, deviceId: (name: string) => control!.deviceId(name) };
}

const reset = (deviceId: string) => ({ deviceId, ticket: 'INC-7001', identityVerified: true, acknowledgedRecentActions: false });

describe('what main keeps about the signed-in account, for any window that opens', () => {
  it('keeps Intune’s refusal of the account in the session (a reloaded window reads it), until sign-out', async () => {
    const { core, call, sessions, deviceId } = await signedInCore(NO_RESET_ROLE_UPN);
    const ios17 = deviceId('DEMO-IOS-17');
    const refused = await call('requestPasscodeAction', reset(ios17));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_permitted' } });

    // A window opened now (a browser-host reload, a re-opened Electron window) asks for the session first.
    const session = await call('getSession', {});
    expect(session).toMatchObject({
      ok: true,
      value: { status: 'signedIn', accountRefusal: { deviceId: ios17, deviceName: 'DEMO-IOS-17', error: { code: 'not_permitted', detail: { missing: expect.arrayContaining(['intune-role-reset']) } } } },
    });
    // The window already open was told at once.
    expect(sessions.at(-1)?.accountRefusal?.deviceId).toBe(ios17);

    // Sign-out forgets it; signing in again (after an administrator granted the role) starts clean.
    await call('signOut', {});
    const out = await call('getSession', {});
    expect(out).toMatchObject({ ok: true, value: { status: 'signedOut' } });
    expect(out.ok && out.value.accountRefusal).toBeUndefined();
    await call('signIn', { method: 'interactive' });
    const again = await call('getSession', {});
    expect(again.ok && again.value.accountRefusal).toBeUndefined();
    await core.close();
  });

  it('keeps nothing for an account Intune lets act', async () => {
    const { core, call, deviceId } = await signedInCore(DEMO_TECHNICIANS[0]!.upn);
    expect(await call('requestPasscodeAction', reset(deviceId('DEMO-IOS-17')))).toMatchObject({ ok: true });
    const session = await call('getSession', {});
    expect(session.ok && session.value.accountRefusal).toBeUndefined();
    expect(session.ok && session.value.missingScopes).toBeUndefined();
    await core.close();
  });

  it('says which Graph permission the sign-in was not granted (the token response’s scope), before any request', async () => {
    const { core, call } = await signedInCore(samReader.upn);
    expect(await call('getSession', {})).toMatchObject({ ok: true, value: { status: 'signedIn', missingScopes: ['DeviceManagementManagedDevices.PrivilegedOperations.All'] } });
    await call('signOut', {});
    const out = await call('getSession', {});
    expect(out.ok && out.value.missingScopes).toBeUndefined();
    await core.close();
  });
});
