import { createHash, randomBytes } from 'node:crypto';
import { PublicClientApplication } from '@azure/msal-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, DEMO_TECHNICIANS, DEMO_TENANT_ID, startDemoTenant, type DemoTenant, type ManualClock } from '../../../main/demo-tenant';
import { demoLoginNetwork } from '../../support/demo-login-network';
import { TEST_CLIENT_ID } from '../../support/tenant-auth-harness';

/** The demo tenant's identity-platform endpoints, over HTTP, as a client that checks them would see them. */
let tenant: DemoTenant;
let clock: ManualClock;

beforeEach(async () => {
  clock = createManualClock();
  tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, clock });
});
afterEach(async () => {
  expect(tenant.control.internalErrors()).toEqual([]);
  await tenant.close();
});

const REDIRECT = 'http://localhost:50123';
const verifier = randomBytes(32).toString('base64url');
const challenge = createHash('sha256').update(verifier).digest('base64url');

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(tenant.url + path, init);
  return { status: response.status, body: await response.json() };
}

const postForm = (path: string, fields: Record<string, string>) =>
  json(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

/** Asks for a code the way a browser would, without following the redirect. */
async function authorizationCode(extra: Record<string, string> = {}): Promise<URL> {
  const query = new URLSearchParams({ client_id: TEST_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: 'openid offline_access', state: 's1', code_challenge: challenge, code_challenge_method: 'S256', ...extra });
  const response = await fetch(`${tenant.url}/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${query}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

const redeem = (code: string, codeVerifier = verifier) =>
  postForm(`/${DEMO_TENANT_ID}/oauth2/v2.0/token`, { client_id: TEST_CLIENT_ID, grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: codeVerifier, scope: 'openid offline_access https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All' });

describe('demo tenant identity endpoints', () => {
  it('publishes OpenID configuration under the origin the client used, and instance discovery', async () => {
    const config = await json('/contoso.com/v2.0/.well-known/openid-configuration', { headers: { 'x-forwarded-host': 'login.microsoftonline.com', 'x-forwarded-proto': 'https' } });
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({
      issuer: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0`,
      token_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`,
      authorization_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`,
    });
    expect((await json(`/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`)).body.issuer).toBe(`${tenant.url}/${DEMO_TENANT_ID}/v2.0`);
    const unknown = await json('/fabrikam.com/v2.0/.well-known/openid-configuration');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error_description).toMatch(/^AADSTS90002: /);
    const discovery = await json('/common/discovery/instance?api-version=1.1');
    expect(discovery.body.metadata[0].aliases).toEqual([new URL(tenant.url).host]);
  });

  it('issues a code for PKCE, redeems it once, with an id_token naming the technician, and an access token Graph accepts', async () => {
    const priya = DEMO_TECHNICIANS[1]!;
    const location = await authorizationCode({ login_hint: priya.upn, nonce: 'n-1' });
    expect(location.origin).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('s1');
    const code = location.searchParams.get('code')!;

    const tokens = await redeem(code);

    expect(tokens.status).toBe(200);
    const claims = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ oid: priya.oid, tid: DEMO_TENANT_ID, preferred_username: priya.upn, name: priya.name, aud: TEST_CLIENT_ID, nonce: 'n-1' });
    expect(tokens.body.scope).toContain('https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All');
    const graph = await fetch(`${tenant.url}/v1.0/deviceManagement/managedDevices?$top=1`, { headers: { authorization: `Bearer ${tokens.body.access_token}` } });
    expect(graph.status).toBe(200);
    expect((await redeem(code)).body.error_description).toMatch(/^AADSTS54005: /);
  });

  it('refuses a code whose verifier does not match, or that has expired', async () => {
    const wrong = await redeem((await authorizationCode()).searchParams.get('code')!, randomBytes(32).toString('base64url'));
    expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_codes: [501481] } });

    const code = (await authorizationCode()).searchParams.get('code')!;
    clock.advance(10 * 60_000);
    expect(await redeem(code)).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_codes: [70008] } });
  });

  it('refuses an authorize request without PKCE at the redirect URI, and a foreign redirect URI on its own page', async () => {
    const noPkce = await authorizationCode({ code_challenge_method: 'plain' });
    expect(noPkce.searchParams.get('error')).toBe('invalid_request');
    expect(noPkce.searchParams.get('state')).toBe('s1');

    const query = new URLSearchParams({ client_id: TEST_CLIENT_ID, response_type: 'code', redirect_uri: 'https://evil.example/cb', state: 's', code_challenge: challenge, code_challenge_method: 'S256' });
    const foreign = await fetch(`${tenant.url}/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${query}`, { redirect: 'manual' });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('AADSTS50011');
  });

  it('serves an MSAL client that discovers the authority itself (a host MSAL has no built-in metadata for)', async () => {
    const host = 'login.contoso-demo.test';
    const network = demoLoginNetwork(tenant.url, [host]);
    const pca = new PublicClientApplication({
      auth: { clientId: TEST_CLIENT_ID, authority: `https://${host}/${DEMO_TENANT_ID}`, knownAuthorities: [host] },
      system: { networkClient: network },
    });

    const result = await pca.acquireTokenByDeviceCode({
      scopes: ['https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All'],
      deviceCodeCallback: (code) => {
        void fetch(`${tenant.url}/demo/devicelogin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userCode: code.userCode }) });
      },
    });

    expect(result?.account).toMatchObject({ username: DEMO_TECHNICIANS[0]!.upn, tenantId: DEMO_TENANT_ID });
    expect(network.calls[0]).toEqual({ method: 'GET', path: `/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`, grantType: null });
  });
});
