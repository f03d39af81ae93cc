import { DEMO_TECHNICIANS, DEMO_TENANT_ID } from '../demo-identity';
import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { DEFAULT_TOKEN_TTL_MS } from '../traffic/token-store';

const MAX_BODY_BYTES = 8 * 1024;

/** OAuth's error shape, not Graph's: this endpoint stands in for the identity platform. */
function oauthError(exchange: Exchange, status: number, error: string, description: string): void {
  exchange.send(status, JSON.stringify({ error, error_description: description }), 'application/json');
}

function upnOf(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('upn' in parsed)) return null;
    return typeof parsed.upn === 'string' ? parsed.upn : null;
  } catch {
    return null;
  }
}

/**
 * The demo mode's sign-in: `{ "upn": ... }` of a known demo technician buys a
 * token with that technician's scopes. JSON only, which a cross-site form
 * cannot send without a CORS preflight this server never grants.
 */
export async function issueDemoToken(state: TenantState, exchange: Exchange): Promise<void> {
  if (!/^application\/json\b/i.test(exchange.req.headers['content-type'] ?? '')) {
    return oauthError(exchange, 400, 'invalid_request', 'Send a JSON body: { "upn": "..." }.');
  }
  const body = await exchange.readText(MAX_BODY_BYTES);
  if (body === null) return oauthError(exchange, 413, 'invalid_request', 'The request body is too large.');
  const upn = upnOf(body);
  if (upn === null) return oauthError(exchange, 400, 'invalid_request', 'Send a JSON body: { "upn": "..." }.');
  const technician = DEMO_TECHNICIANS.find((t) => t.upn.toLowerCase() === upn.toLowerCase());
  if (!technician) return oauthError(exchange, 400, 'invalid_grant', `'${upn}' is not a demo technician.`);

  const accessToken = state.tokens.issue({ ...technician, ttlMs: DEFAULT_TOKEN_TTL_MS });
  exchange.sendJson(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: DEFAULT_TOKEN_TTL_MS / 1000,
    scope: technician.scopes.join(' '),
    account: { name: technician.name, upn: technician.upn, oid: technician.oid, tenantId: DEMO_TENANT_ID },
  });
}
