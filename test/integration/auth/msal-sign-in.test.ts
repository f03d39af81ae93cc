import { once } from 'node:events';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { NotSignedInError } from '../../../main/auth/token-provider';
import { DEMO_TECHNICIANS, DEMO_TENANT_ID } from '../../../main/demo-tenant';
import { sharedText } from '../../../shared/i18n/catalogue';
import type { AppMessage } from '../../../shared/messages/app-message';
import { word } from '../../../shared/messages/coded-message';
import { idleBrowser } from '../../support/fake-system-browser';
import { useTenantAuth } from '../../support/tenant-auth-harness';

/** Tenant mode end to end: MSAL Node against the demo tenant's identity endpoints. */
const harness = useTenantAuth();
const alex = DEMO_TECHNICIANS[0]!;
const alexAccount = { name: alex.name, upn: alex.upn, objectId: alex.oid, tenantId: DEMO_TENANT_ID };

describe('tenant sign-in with MSAL', () => {
  it('signs in with a device code, pushing the code to the renderer, and the token works on Graph', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const auth = await h.open();
    expect(auth.getSession()).toMatchObject({ status: 'signedOut', mode: 'tenant', tokenStorage: 'encrypted', problem: null });

    const result = await auth.signIn('deviceCode');

    expect(result).toEqual({ ok: true, value: { status: 'signedIn', account: alexAccount, mode: 'tenant', tokenStorage: 'encrypted', problem: null, revision: expect.any(Number) } });
    expect(auth.account()).toEqual(alexAccount);
    const prompt = h.recorded.find((r) => r.event === 'deviceCodeIssued')?.payload;
    expect(prompt).toMatchObject({ userCode: expect.stringMatching(/^[A-Z0-9]{9}$/), verificationUri: `${h.tenant.url}/demo/devicelogin` });
    expect(h.recorded.filter((r) => r.event === 'sessionChanged').map((r) => (r.payload as { status: string }).status)).toEqual(['signingIn', 'signedIn']);
    expect(await h.graphStatus(await auth.getAccessToken('read'))).toBe(200);
    expect(h.network.grants('device_code')).toBeGreaterThanOrEqual(1);
  });

  it('says which permission the token response did not grant (sam.reader: reading only), and forgets it at sign-out', async () => {
    const h = await harness();
    const sam = DEMO_TECHNICIANS.find((t) => t.upn.startsWith('sam.reader'))!;
    h.approveDeviceCodes(sam.upn);
    const auth = await h.open();
    const result = await auth.signIn('deviceCode');
    expect(result).toMatchObject({ ok: true, value: { status: 'signedIn', account: { upn: sam.upn }, missingScopes: ['DeviceManagementManagedDevices.PrivilegedOperations.All'] } });
    // A silent token for reading lists what was granted too: the answer stays the same.
    await auth.getAccessToken('read');
    expect(auth.getSession().missingScopes).toEqual(['DeviceManagementManagedDevices.PrivilegedOperations.All']);
    await auth.signOut();
    expect(auth.getSession().missingScopes).toBeUndefined();
  });

  it('signs in through the system browser: PKCE, loopback redirect, our own page in the browser', async () => {
    const h = await harness();
    const auth = await h.open();

    const result = await auth.signIn('interactive');

    expect(result).toMatchObject({ ok: true, value: { status: 'signedIn', account: alexAccount } });
    const opened = new URL(h.browser.opened[0]!);
    expect(opened.origin + opened.pathname).toBe(`https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`);
    expect(opened.searchParams.get('code_challenge_method')).toBe('S256');
    expect(opened.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    const visit = await h.browser.lastVisit();
    expect(visit.page).toContain('You are signed in to Passcode Desk');
    expect(h.network.grants('authorization_code')).toBe(1);
    expect(await h.graphStatus(await auth.getAccessToken('privileged'))).toBe(200);
  });

  it('renews silently with the refresh token once Graph refuses an expired access token', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const auth = await h.open();
    await auth.signIn('deviceCode');
    const first = await auth.getAccessToken('read');
    expect(await h.graphStatus(first)).toBe(200);

    h.tenant.control.expireAllTokens();
    expect(await h.graphStatus(first)).toBe(401);
    // MSAL cannot know the tenant expired it early: the cached token comes back until the caller forces a refresh.
    expect(await auth.getAccessToken('read')).toBe(first);
    const renewed = await auth.getAccessToken('read', { forceRefresh: true });

    expect(renewed).not.toBe(first);
    expect(h.network.grants('refresh_token')).toBe(1);
    expect(await h.graphStatus(renewed)).toBe(200);
    expect(auth.getSession().status).toBe('signedIn');
  });

  it('signs out: the account and its tokens are gone, for this run and the next', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const auth = await h.open();
    await auth.signIn('deviceCode');

    const session = await auth.signOut();

    expect(session).toMatchObject({ status: 'signedOut', account: null, problem: null });
    expect(auth.account()).toBeNull();
    await expect(auth.getAccessToken('read')).rejects.toBeInstanceOf(NotSignedInError);
    await auth.close();
    const restarted = await h.open();
    expect(restarted.getSession()).toMatchObject({ status: 'signedOut', account: null });
  });

  it("says in the window's language why the system browser could not be started, the OS code kept", async () => {
    const h = await harness();
    // What spawning a missing browser program gives: Node's English sentence around an OS code.
    const noBrowser = Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT', path: 'xdg-open' });
    const failing = { ...idleBrowser(), open: () => Promise.reject(noBrowser) };
    const auth = await h.open({ browser: failing });
    const result = await auth.signIn('interactive');
    expect(result).toMatchObject({ ok: false, error: { say: { code: 'signInBrowserNotOpened', params: { cause: 'ENOENT\txdg-open' } } } });
    const say = (result as { error: { say: AppMessage } }).error.say;
    expect(word(sharedText.it.appMessages, say)).toContain('non è stato possibile avviare il browser di sistema (file o cartella inesistente, codice ENOENT, percorso xdg-open)');
    expect(word(sharedText.it.appMessages, say)).not.toContain('spawn');
    expect(word(sharedText.en.appMessages, say)).toContain('the system browser could not be started (no such file or folder, code ENOENT, path xdg-open)');
    // Electron's shell.openExternal gives text without a code: the window says whose words they are.
    const textOnly = { ...idleBrowser(), open: () => Promise.reject(new Error('Failed to open')) };
    const again = await (await h.open({ browser: textOnly })).signIn('interactive');
    const textSay = (again as { error: { say: AppMessage } }).error.say;
    expect(word(sharedText.it.appMessages, textSay)).toContain('(il sistema ha risposto: “Failed to open”)');
  });

  it('cancels a pending browser sign-in at once and frees the loopback listener', async () => {
    const h = await harness();
    const browser = idleBrowser();
    const auth = await h.open({ browser });
    const opened = browser.nextOpen();
    const pending = auth.signIn('interactive');
    const listener = new URL(new URL(await opened).searchParams.get('redirect_uri')!);
    listener.hostname = '127.0.0.1';
    // A connection held open to MSAL's listener: freeing the port closes every connection too, so its close is the event to wait on.
    const held = net.connect({ host: listener.hostname, port: Number(listener.port) });
    await once(held, 'connect');
    const heldClosed = once(held, 'close');

    const session = auth.cancelSignIn();

    expect(session).toMatchObject({ status: 'signedOut', problem: null });
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', message: 'Sign-in was cancelled.', say: { code: 'signInCancelled', params: {} } } });
    await heldClosed;
    await expect(fetch(listener.href)).rejects.toThrow(); // nothing listens there any more
  });

  it('cancels a pending device-code sign-in', async () => {
    const h = await harness();
    const auth = await h.open();
    h.events.listen((event) => {
      if (event === 'deviceCodeIssued') auth.cancelSignIn();
    });

    expect(await auth.signIn('deviceCode')).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(auth.getSession()).toMatchObject({ status: 'signedOut', problem: null });
  });

  it('says in plain words, with the AADSTS code, when the tenant does not exist', async () => {
    const h = await harness();
    const auth = await h.open({ tenant: 'fabrikam.com' });

    const result = await auth.signIn('deviceCode');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('sign_in_failed');
    expect(result.error.message).toBe('The tenant was not found. Check the tenant ID or domain in Settings. (AADSTS90002)');
    expect(auth.getSession()).toMatchObject({ status: 'signedOut', problem: { code: 'sign_in_failed', say: { code: 'signInAadsts', params: { number: '90002' } } } });
  });

  it('never puts a token in an event, a session or an error', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const auth = await h.open();
    await auth.signIn('deviceCode');
    await auth.getAccessToken('read', { forceRefresh: true });
    h.tenant.control.expireAllTokens();
    await auth.signOut();

    const seen = JSON.stringify([h.recorded, auth.getSession()]);
    expect(h.network.secrets.length).toBeGreaterThanOrEqual(4);
    for (const secret of h.network.secrets) expect(seen).not.toContain(secret);
  });
});
