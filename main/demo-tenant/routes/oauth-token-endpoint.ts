import { createHash } from 'node:crypto';
import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { oauthStateOf } from './oauth-state';
import { scopesOf, tokenResponse, type Grant } from './oauth-tokens';
import { publicOrigin, readForm, sendOAuthError, sendOAuthJson } from './oauth-wire';

/**
 * `POST /{tenant}/oauth2/v2.0/token` for a public client: the
 * authorization_code grant (with PKCE checked), device_code and
 * refresh_token. Codes are single use; errors carry the AADSTS codes Entra
 * ID sends in the same situations.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Outcome = Grant | { readonly status: number; readonly error: string; readonly aadsts: number; readonly text: string };

const refuse = (error: string, aadsts: number, text: string, status = 400): Outcome => ({ status, error, aadsts, text });

function pkceMatches(verifier: string, challenge: string): boolean {
  return verifier.length >= 43 && createHash('sha256').update(verifier).digest('base64url') === challenge;
}

function authorizationCode(state: TenantState, form: URLSearchParams, clientId: string): Outcome {
  const codes = oauthStateOf(state).codes;
  const code = form.get('code') ?? '';
  const grant = codes.get(code);
  if (!grant) return refuse('invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed or was never issued.');
  codes.delete(code);
  if (state.clock.now() >= grant.expiresAt) return refuse('invalid_grant', 70008, 'The provided authorization code has expired.');
  if (grant.clientId !== clientId) return refuse('invalid_grant', 70000, 'The authorization code was issued to another application.');
  if (form.get('redirect_uri') !== grant.redirectUri) return refuse('invalid_grant', 50011, 'The redirect URI does not match the one the code was issued for.');
  if (!pkceMatches(form.get('code_verifier') ?? '', grant.codeChallenge)) {
    return refuse('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
  }
  return { technician: grant.technician, clientId, scopes: scopesOf(form.get('scope')), nonce: grant.nonce };
}

function deviceCode(state: TenantState, form: URLSearchParams, clientId: string): Outcome {
  const deviceCodes = oauthStateOf(state).deviceCodes;
  const code = form.get('device_code') ?? '';
  const grant = deviceCodes.get(code);
  if (!grant || grant.clientId !== clientId) return refuse('invalid_grant', 70000, 'The device code is not valid for this application.');
  if (state.clock.now() >= grant.expiresAt) {
    deviceCodes.delete(code);
    return refuse('expired_token', 70020, 'The provided device code has expired.');
  }
  if (!grant.approvedBy) return refuse('authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
  deviceCodes.delete(code);
  return { technician: grant.approvedBy, clientId, scopes: scopesOf(form.get('scope')) };
}

function refreshToken(state: TenantState, form: URLSearchParams, clientId: string): Outcome {
  const grant = oauthStateOf(state).refreshTokens.get(form.get('refresh_token') ?? '');
  if (!grant || grant.clientId !== clientId) return refuse('invalid_grant', 9002313, 'Invalid request. The refresh token is not valid.');
  return { technician: grant.technician, clientId, scopes: scopesOf(form.get('scope')) };
}

function outcomeOf(state: TenantState, form: URLSearchParams, clientId: string): Outcome {
  switch (form.get('grant_type')) {
    case 'authorization_code':
      return authorizationCode(state, form, clientId);
    case 'device_code':
    case 'urn:ietf:params:oauth:grant-type:device_code':
      return deviceCode(state, form, clientId);
    case 'refresh_token':
      return refreshToken(state, form, clientId);
    default:
      return refuse('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`);
  }
}

export async function tokenEndpoint(state: TenantState, exchange: Exchange): Promise<void> {
  const form = await readForm(exchange);
  if (!form) return sendOAuthError(state, exchange, 400, 'invalid_request', 900144, "The request body must be form-encoded and contain the parameter 'grant_type'.");
  const clientId = form.get('client_id') ?? '';
  if (!GUID.test(clientId)) {
    return sendOAuthError(state, exchange, 400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory.`);
  }
  const outcome = outcomeOf(state, form, clientId);
  if ('error' in outcome) return sendOAuthError(state, exchange, outcome.status, outcome.error, outcome.aadsts, outcome.text);
  sendOAuthJson(exchange, 200, tokenResponse(state, outcome, publicOrigin(state, exchange)));
}
