import { DEMO_TECHNICIANS } from '../demo-identity';
import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { DEVICE_CODE_INTERVAL_S, DEVICE_CODE_TTL_S, newSecret, newUserCode, oauthStateOf } from './oauth-state';
import { readForm, readJson, sendOAuthError, sendOAuthJson, sendPage } from './oauth-wire';

/**
 * The device code flow: `POST /{tenant}/oauth2/v2.0/devicecode` issues a
 * code, and `/demo/devicelogin` stands in for microsoft.com/devicelogin,
 * where the technician enters it. Approval takes JSON `{ userCode, upn }`
 * (upn optional: the first demo technician), like `/demo/oauth2/token`, so a
 * cross-site form cannot approve a code.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function deviceCodeEndpoint(state: TenantState, exchange: Exchange): Promise<void> {
  const form = await readForm(exchange);
  const clientId = form?.get('client_id') ?? '';
  if (!GUID.test(clientId)) {
    return sendOAuthError(state, exchange, 400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
  }
  const deviceCode = newSecret('demo-dc');
  const userCode = newUserCode();
  oauthStateOf(state).deviceCodes.set(deviceCode, { userCode, clientId, expiresAt: state.clock.now() + DEVICE_CODE_TTL_S * 1000, approvedBy: null });
  const verificationUri = `${state.baseUrl}/demo/devicelogin`;
  sendOAuthJson(exchange, 200, {
    user_code: userCode,
    device_code: deviceCode,
    verification_uri: verificationUri,
    expires_in: DEVICE_CODE_TTL_S,
    interval: DEVICE_CODE_INTERVAL_S,
    message: `To sign in to the demo tenant, open ${verificationUri} and enter the code ${userCode}.`,
  });
}

export async function deviceLogin(state: TenantState, exchange: Exchange): Promise<void> {
  if (exchange.req.method === 'GET') {
    return sendPage(exchange, 200, 'Demo tenant device sign-in', '<p>Approve a code with <code>POST /demo/devicelogin</code> and a JSON body <code>{ "userCode": "...", "upn": "..." }</code>.</p>');
  }
  const body = await readJson(exchange);
  const userCode = typeof body?.['userCode'] === 'string' ? body['userCode'].replace(/[\s-]/g, '').toUpperCase() : null;
  if (userCode === null) return sendOAuthError(state, exchange, 400, 'invalid_request', 900144, 'Send a JSON body: { "userCode": "...", "upn": "..." }.');
  const upn = typeof body?.['upn'] === 'string' ? body['upn'] : null;
  const technician = upn === null ? DEMO_TECHNICIANS[0] : DEMO_TECHNICIANS.find((t) => t.upn.toLowerCase() === upn.toLowerCase());
  if (!technician) return sendOAuthError(state, exchange, 400, 'invalid_grant', 50034, `The user account ${upn ?? ''} does not exist in this directory.`);
  const grant = [...oauthStateOf(state).deviceCodes.values()].find((g) => g.userCode === userCode && g.expiresAt > state.clock.now());
  if (!grant) return sendOAuthError(state, exchange, 400, 'invalid_grant', 70020, 'That code is unknown or has expired.');
  grant.approvedBy = technician;
  sendOAuthJson(exchange, 200, { approved: true, upn: technician.upn });
}
