import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_TECHNICIANS } from '../../../main/demo-tenant';
import { noEncryption } from '../../../main/platform/secret-store';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { useTenantAuth } from '../../support/tenant-auth-harness';

/** The MSAL token cache on disk: encrypted, restored at the next start, never written without encryption. */
const harness = useTenantAuth();
const alex = DEMO_TECHNICIANS[0]!;

describe('token cache file', () => {
  it('is encrypted on disk, and a second instance restores the account from it', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const first = await h.open();
    await first.signIn('deviceCode');
    const token = await first.getAccessToken('read');
    await first.close();

    const onDisk = readFileSync(h.cacheFile).toString('latin1');
    expect(h.network.secrets).toContain(token);
    for (const secret of h.network.secrets) expect(onDisk).not.toContain(secret);
    expect(onDisk).not.toContain(alex.upn);
    expect(onDisk).not.toContain('RefreshToken');

    const callsBefore = h.network.calls.length;
    const restarted = await h.open();
    expect(restarted.getSession()).toMatchObject({ status: 'signedIn', account: { upn: alex.upn, objectId: alex.oid }, tokenStorage: 'encrypted', problem: null });
    const restoredToken = await restarted.getAccessToken('read');
    expect(restoredToken).toBe(token);
    expect(h.network.calls.length).toBe(callsBefore);
    expect(await h.graphStatus(restoredToken)).toBe(200);
  });

  it('does not restore a sign-in saved for another app registration (Settings changed), and the next sign-in replaces it', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const first = await h.open();
    await first.signIn('deviceCode');
    await first.close();

    const otherApp = await h.open({ clientId: '2c3d4e5f-0000-4000-8000-00000000bcde' });
    expect(otherApp.getSession()).toMatchObject({ status: 'signedOut', account: null, problem: null });
    expect(await otherApp.signIn('deviceCode')).toMatchObject({ ok: true });
    await otherApp.close();

    expect((await h.open()).getSession()).toMatchObject({ status: 'signedOut', problem: null });
  });

  it('writes nothing where the OS offers no encryption, and the session says tokens live in memory', async () => {
    const h = await harness();
    h.approveDeviceCodes();
    const auth = await h.open({ secretStore: noEncryption });
    expect(auth.getSession().tokenStorage).toBe('memory');

    expect(await auth.signIn('deviceCode')).toMatchObject({ ok: true, value: { status: 'signedIn', tokenStorage: 'memory' } });
    expect(await h.graphStatus(await auth.getAccessToken('read', { forceRefresh: true }))).toBe(200);
    await auth.signOut();
    await auth.close();

    expect(readdirSync(h.dir)).toEqual([]);
  });

  it.each([
    ['damaged', (_h: unknown) => Buffer.from('not even close to a token cache')],
    ['encrypted by another user account', async () => createProcessSecretStore().encrypt('{"Account":{}}')],
  ])('sets aside a %s cache file, says so, and lets the technician sign in again', async (_kind, contents) => {
    const h = await harness();
    writeFileSync(h.cacheFile, await contents(h));

    const auth = await h.open();

    const session = auth.getSession();
    expect(session).toMatchObject({ status: 'signedOut', account: null });
    const files = readdirSync(h.dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^sign-in-cache\.bin\.unreadable-/);
    // The window words the code in its own language; the file kept aside is named in both.
    expect(session.problem).toMatchObject({ code: 'not_signed_in', say: { code: 'savedSignInUnreadable', params: { file: files[0] } } });
    expect(session.problem?.message).toMatch(/^Your saved sign-in could not be read .* set aside as sign-in-cache\.bin\.unreadable-.+\. Sign in again\.$/);

    h.approveDeviceCodes();
    expect(await auth.signIn('deviceCode')).toMatchObject({ ok: true, value: { status: 'signedIn', problem: null } });
    await auth.close();
    expect(existsSync(h.cacheFile)).toBe(true);
  });
});
