import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { authorize } from './oauth-authorize';
import { deviceCodeEndpoint, deviceLogin } from './oauth-device-code';
import { instanceDiscovery, openIdConfiguration, signingKeys } from './oauth-discovery';
import { tenantIdOf } from './oauth-state';
import { tokenEndpoint } from './oauth-token-endpoint';
import { sendOAuthError } from './oauth-wire';

/**
 * The identity platform's endpoints an MSAL public client uses, served by the
 * demo tenant beside Graph, so the app's real sign-in code (tenant mode) can
 * be tested end to end:
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration
 *   GET  /common/discovery/instance
 *   GET  /{tenant}/discovery/v2.0/keys
 *   GET  /{tenant}/oauth2/v2.0/authorize
 *   POST /{tenant}/oauth2/v2.0/devicecode
 *   POST /{tenant}/oauth2/v2.0/token
 *   GET|POST /demo/devicelogin
 * `{tenant}` is the demo tenant's id or domain. Graph's paths start with
 * /v1.0, /beta or /demo/oauth2, so none of these can shadow them.
 */
type OAuthRoute =
  | { readonly name: 'openIdConfiguration' | 'authorize' | 'deviceCode' | 'token' | 'keys'; readonly method: 'GET' | 'POST'; readonly tenant: string }
  | { readonly name: 'instanceDiscovery'; readonly method: 'GET' }
  | { readonly name: 'deviceLogin'; readonly method: 'GET|POST' };

const TENANT_ROUTES: Readonly<Record<string, { name: 'openIdConfiguration' | 'authorize' | 'deviceCode' | 'token' | 'keys'; method: 'GET' | 'POST' }>> = {
  'v2.0/.well-known/openid-configuration': { name: 'openIdConfiguration', method: 'GET' },
  'discovery/v2.0/keys': { name: 'keys', method: 'GET' },
  'oauth2/v2.0/authorize': { name: 'authorize', method: 'GET' },
  'oauth2/v2.0/devicecode': { name: 'deviceCode', method: 'POST' },
  'oauth2/v2.0/token': { name: 'token', method: 'POST' },
};

export function matchOAuthRoute(pathname: string): OAuthRoute | null {
  const segments = pathname.split('/').filter((s) => s !== '');
  const [first = '', ...rest] = segments;
  const tail = rest.join('/').toLowerCase();
  if (first === 'demo') return tail === 'devicelogin' ? { name: 'deviceLogin', method: 'GET|POST' } : null;
  if (first.toLowerCase() === 'common' && tail === 'discovery/instance') return { name: 'instanceDiscovery', method: 'GET' };
  const route = TENANT_ROUTES[tail];
  if (!route || first === '') return null;
  try {
    return { ...route, tenant: decodeURIComponent(first) };
  } catch {
    return { ...route, tenant: first };
  }
}

/** Answers the request if it is for an OAuth endpoint; false leaves it to the Graph routes. */
export async function serveOAuth(state: TenantState, exchange: Exchange): Promise<boolean> {
  const route = matchOAuthRoute(exchange.url.pathname);
  if (!route) return false;
  const method = exchange.req.method ?? 'GET';
  if (!route.method.split('|').includes(method)) {
    sendOAuthError(state, exchange, 405, 'invalid_request', 900561, `The endpoint only accepts ${route.method.replace('|', ' and ')} requests.`);
    return true;
  }
  switch (route.name) {
    case 'instanceDiscovery':
      instanceDiscovery(state, exchange);
      break;
    case 'deviceLogin':
      await deviceLogin(state, exchange);
      break;
    case 'openIdConfiguration':
      openIdConfiguration(state, exchange, route.tenant, tenantIdOf(route.tenant));
      break;
    case 'keys':
      signingKeys(exchange);
      break;
    case 'authorize':
      authorize(state, exchange, tenantIdOf(route.tenant));
      break;
    case 'deviceCode':
    case 'token':
      if (tenantIdOf(route.tenant) === null) {
        sendOAuthError(state, exchange, 400, 'invalid_request', 90002, `Tenant '${route.tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
      } else if (route.name === 'token') await tokenEndpoint(state, exchange);
      else await deviceCodeEndpoint(state, exchange);
      break;
  }
  return true;
}
