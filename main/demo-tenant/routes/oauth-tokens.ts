import { createHmac } from 'node:crypto';
import { DEMO_TENANT_ID, type DemoTechnician } from '../demo-identity';
import type { TenantState } from '../tenant-state';
import { DEFAULT_TOKEN_TTL_MS } from '../traffic/token-store';
import { newSecret, oauthStateOf } from './oauth-state';

/**
 * The token response of the identity platform for one technician: an access
 * token the Graph routes accept (registered in the tenant's token store), a
 * refresh token, an id_token and client_info, shaped as Entra ID sends them.
 */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A stable `sub` per technician and app, as Entra's pairwise subject is. */
function subjectOf(technician: DemoTechnician, clientId: string): string {
  return createHmac('sha256', 'demo-sub').update(`${technician.oid}|${clientId}`).digest('base64url').slice(0, 43);
}

function idToken(state: TenantState, technician: DemoTechnician, clientId: string, issuerOrigin: string, nonce: string | null): string {
  const now = Math.floor(state.clock.now() / 1000);
  const header = b64url({ typ: 'JWT', alg: 'HS256' });
  const payload = b64url({
    aud: clientId,
    iss: `${issuerOrigin}/${DEMO_TENANT_ID}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: technician.name,
    oid: technician.oid,
    preferred_username: technician.upn,
    sub: subjectOf(technician, clientId),
    tid: DEMO_TENANT_ID,
    ver: '2.0',
    ...(nonce !== null && { nonce }),
  });
  const signature = createHmac('sha256', oauthStateOf(state).idTokenKey).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * The scopes granted, written the way they were asked for: the technician's
 * Graph permissions under the resource the client named (what the app
 * registration was consented to), plus the OpenID scopes it asked for.
 */
function grantedScopes(requested: readonly string[], technician: DemoTechnician): string[] {
  const graph = requested.find((s) => /^https?:\/\//i.test(s));
  const resource = graph ? graph.slice(0, graph.lastIndexOf('/') + 1) : GRAPH_RESOURCE;
  return [...technician.scopes.map((s) => resource + s), ...requested.filter((s) => OIDC_SCOPES.has(s.toLowerCase()))];
}

export interface Grant {
  readonly technician: DemoTechnician;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly nonce?: string | null;
}

export function tokenResponse(state: TenantState, grant: Grant, issuerOrigin: string): object {
  const { technician, clientId } = grant;
  const asked = new Set(grant.scopes.map((s) => s.toLowerCase()));
  const accessToken = state.tokens.issue({ upn: technician.upn, oid: technician.oid, name: technician.name, scopes: technician.scopes, intunePermissions: technician.intunePermissions, ttlMs: DEFAULT_TOKEN_TTL_MS });
  const seconds = DEFAULT_TOKEN_TTL_MS / 1000;
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grantedScopes(grant.scopes, technician).join(' '),
    expires_in: seconds,
    ext_expires_in: seconds,
    access_token: accessToken,
    client_info: b64url({ uid: technician.oid, utid: DEMO_TENANT_ID }),
  };
  if (asked.has('offline_access')) {
    const refreshToken = newSecret('demo-rt');
    oauthStateOf(state).refreshTokens.set(refreshToken, { technician, clientId });
    body['refresh_token'] = refreshToken;
  }
  if (asked.has('openid')) body['id_token'] = idToken(state, technician, clientId, issuerOrigin, grant.nonce ?? null);
  return body;
}

export const scopesOf = (value: string | null): string[] => (value ?? '').split(/\s+/).filter((s) => s !== '');
