import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthService } from '../../../main/auth/auth-service';
import { createAuthService } from '../../../main/auth/create-auth-service';
import { NotSignedInError } from '../../../main/auth/token-provider';
import { createEventHub, type EventHub } from '../../../main/base/events';
import { sessionHandlers } from '../../../main/auth/session-handlers';
import { createManualClock, DEMO_TECHNICIANS, DEMO_TENANT_ID, startDemoTenant, type DemoTenant } from '../../../main/demo-tenant';

/** Demo mode: the demo tenant's own sign-in, no browser, token in memory, renewed on demand. */
let tenant: DemoTenant;
let events: EventHub;
let services: AuthService[];

beforeEach(async () => {
  tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, clock: createManualClock() });
  events = createEventHub();
  services = [];
});
afterEach(async () => {
  for (const service of services) await service.close();
  expect(tenant.control.internalErrors()).toEqual([]);
  await tenant.close();
});

async function demoAuth(technicianUpn?: string): Promise<AuthService> {
  const auth = await createAuthService({ mode: 'demo', demoTenantUrl: tenant.url, events, technicianUpn: technicianUpn ?? DEMO_TECHNICIANS[0]!.upn });
  services.push(auth);
  return auth;
}

async function graphStatus(token: string): Promise<number> {
  const response = await fetch(`${tenant.url}/beta/deviceManagement/managedDevices?$top=1`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

describe('demo sign-in', () => {
  it('signs the first demo technician in, and the token works on Graph', async () => {
    const auth = await demoAuth();
    const sessions: string[] = [];
    const revisions: number[] = [];
    events.listen((event, payload) => {
      if (event !== 'sessionChanged') return;
      sessions.push((payload as { status: string }).status);
      revisions.push((payload as { revision: number }).revision);
    });
    await expect(auth.getAccessToken('read')).rejects.toBeInstanceOf(NotSignedInError);

    const result = await auth.signIn('interactive');

    const alex = DEMO_TECHNICIANS[0]!;
    expect(result).toEqual({
      ok: true,
      value: { status: 'signedIn', account: { name: alex.name, upn: alex.upn, objectId: alex.oid, tenantId: DEMO_TENANT_ID }, mode: 'demo', tokenStorage: 'memory', problem: null, revision: revisions[1] },
    });
    expect(sessions).toEqual(['signingIn', 'signedIn']);
    // Each change is newer than the one before: the window tells a late copy by it (session.ts).
    expect(revisions[1]).toBeGreaterThan(revisions[0]!);
    expect(await graphStatus(await auth.getAccessToken('read'))).toBe(200);
  });

  it('renews the token when Graph refused it and the caller forces a refresh', async () => {
    const auth = await demoAuth();
    await auth.signIn('interactive');
    const first = await auth.getAccessToken('read');
    tenant.control.expireAllTokens();
    expect(await graphStatus(first)).toBe(401);

    const [renewed, shared] = await Promise.all([auth.getAccessToken('read', { forceRefresh: true }), auth.getAccessToken('privileged', { forceRefresh: true })]);

    expect(renewed).not.toBe(first);
    expect(shared).toBe(renewed);
    expect(await graphStatus(renewed)).toBe(200);
    expect(await auth.getAccessToken('read')).toBe(renewed);
  });

  it('signs in the technician chosen in the options, and refuses one the tenant does not know', async () => {
    const reader = DEMO_TECHNICIANS[2]!;
    expect(await (await demoAuth(reader.upn)).signIn('deviceCode')).toMatchObject({ ok: true, value: { account: { upn: reader.upn } } });

    const stranger = await demoAuth('nobody@contoso.com');
    const refused = await stranger.signIn('interactive');
    // The tenant's own words travel as the detail of a coded message the window words in its language.
    expect(refused).toMatchObject({ ok: false, error: { code: 'sign_in_failed', say: { code: 'signInFailed', params: { detail: "'nobody@contoso.com' is not a demo technician." } } } });
    expect(refused.ok ? '' : refused.error.message).toContain("'nobody@contoso.com' is not a demo technician.");
    expect(stranger.getSession()).toMatchObject({ status: 'signedOut', problem: refused.ok ? null : refused.error });
  });

  it('answers the sign-in channels through its handlers, and signing out forgets the token', async () => {
    const auth = await demoAuth();
    const handlers = sessionHandlers.bind(auth);
    const context = { door: 'test' } as const;

    expect(await handlers.getSession({}, context)).toMatchObject({ ok: true, value: { status: 'signedOut', mode: 'demo' } });
    expect(await handlers.signIn({ method: 'interactive' }, context)).toMatchObject({ ok: true, value: { status: 'signedIn' } });
    expect(await handlers.cancelSignIn({}, context)).toMatchObject({ ok: true, value: { status: 'signedIn' } });
    expect(await handlers.signOut({}, context)).toMatchObject({ ok: true, value: { status: 'signedOut', account: null } });
    expect(auth.account()).toBeNull();
    await expect(auth.getAccessToken('read')).rejects.toBeInstanceOf(NotSignedInError);
  });
});
