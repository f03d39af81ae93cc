import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { publicOrigin, sendOAuthError, sendOAuthJson } from './oauth-wire';

/**
 * The discovery documents a client that does not know this authority asks
 * for: OpenID configuration and instance discovery. (MSAL has the public
 * cloud's endpoints built in and skips both for login.microsoftonline.com;
 * other authority hosts fetch them.) Endpoints name the origin the client
 * used, so a client that reaches the tenant through a mapped https origin
 * keeps talking to that origin.
 */
export function openIdConfiguration(state: TenantState, exchange: Exchange, segment: string, tenantId: string | null): void {
  if (tenantId === null) {
    return sendOAuthError(state, exchange, 400, 'invalid_tenant', 90002, `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
  }
  const origin = publicOrigin(state, exchange);
  const base = `${origin}/${tenantId}`;
  sendOAuthJson(exchange, 200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['HS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'oid'],
    cloud_instance_name: 'microsoftonline.com',
  });
}

/** `GET /common/discovery/instance`: this tenant's host is its own only alias. */
export function instanceDiscovery(state: TenantState, exchange: Exchange): void {
  const host = new URL(publicOrigin(state, exchange)).host;
  sendOAuthJson(exchange, 200, {
    tenant_discovery_endpoint: `https://${host}/{tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

/** Entra publishes RSA keys here; the demo signs id_tokens with a secret, so there is none to publish. */
export function signingKeys(exchange: Exchange): void {
  sendOAuthJson(exchange, 200, { keys: [] });
}
