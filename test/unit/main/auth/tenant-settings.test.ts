import { describe, expect, it } from 'vitest';
import { createAuthService } from '../../../../main/auth/create-auth-service';
import { checkTenantSettings, scopesFor, signInScopes } from '../../../../main/auth/tenant-settings';
import { createEventHub } from '../../../../main/base/events';
import { createProcessSecretStore } from '../../../support/process-secret-store';

const CLIENT = '1b2c3d4e-0000-4000-8000-00000000abcd';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('tenant settings', () => {
  it('accepts a tenant id or domain and a GUID client id, and builds the authority', () => {
    expect(checkTenantSettings(` ${TENANT.toUpperCase()} `, CLIENT)).toEqual({
      ok: true,
      value: { tenant: TENANT, clientId: CLIENT, cloud: 'public', authorityHost: 'login.microsoftonline.com', authority: `https://login.microsoftonline.com/${TENANT}` },
    });
    expect(checkTenantSettings('Contoso.onmicrosoft.com', CLIENT, 'usGovernment')).toMatchObject({ ok: true, value: { authority: 'https://login.microsoftonline.us/contoso.onmicrosoft.com' } });
  });

  it('names each problem by a code the window words, and in English for the diagnostic log', () => {
    const both = checkTenantSettings('not a tenant', 'abc');
    expect(both).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_settings',
        say: { code: 'signInSettingsNeedFixing', params: {} },
        detail: { problems: [{ code: 'signInTenantInvalid', params: {} }, { code: 'signInClientIdInvalid', params: {} }] },
      },
    });
    if (both.ok) return;
    expect(both.error.message).toMatch(/^The tenant in Settings is not valid: .* The client ID in Settings is not valid: /);
    // One problem: the window says exactly that one.
    expect(checkTenantSettings(TENANT, '')).toMatchObject({ ok: false, error: { say: { code: 'signInClientIdMissing', params: {} } } });
    expect(checkTenantSettings(null, CLIENT)).toMatchObject({ ok: false, error: { say: { code: 'signInTenantMissing', params: {} } } });
    expect(checkTenantSettings(TENANT, 'abc')).toMatchObject({ ok: false, error: { say: { code: 'signInClientIdInvalid', params: {} } } });
    expect(checkTenantSettings(TENANT, CLIENT, 'moon' as never)).toMatchObject({ ok: false, error: { say: { code: 'signInCloudUnknown', params: { cloud: 'moon' } } } });
  });

  it('names the Graph resource of the cloud in the scopes, and asks for both sets at sign-in', () => {
    expect(scopesFor('read', 'public')).toEqual(['https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All']);
    expect(scopesFor('privileged', 'usGovernment')).toEqual(['https://graph.microsoft.us/DeviceManagementManagedDevices.PrivilegedOperations.All']);
    expect(signInScopes('public')).toHaveLength(2);
  });

  it('gives a signed-out service that says what to fix when the settings do not pass', async () => {
    const auth = await createAuthService({
      mode: 'tenant',
      tenant: 'not a tenant',
      clientId: CLIENT,
      cacheFile: '/nonexistent/never-written.bin',
      secretStore: createProcessSecretStore(),
      openBrowser: () => Promise.reject(new Error('must not open a browser')),
      events: createEventHub(),
    });
    const problem = { code: 'invalid_settings', say: { code: 'signInTenantInvalid', params: {} }, message: expect.stringMatching(/^The tenant in Settings is not valid/) };
    expect(auth.getSession()).toMatchObject({ status: 'signedOut', mode: 'tenant', problem });
    expect(await auth.signIn('interactive')).toMatchObject({ ok: false, error: problem });
    await expect(auth.getAccessToken('read')).rejects.toThrow(/Sign-in settings need fixing/);
  });
});
