import { DEMO_TECHNICIANS, type DemoTechnician } from '../demo-identity';
import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';
import { AUTH_CODE_TTL_MS, newSecret, oauthStateOf } from './oauth-state';
import { escapeHtml, sendPage } from './oauth-wire';

/**
 * `GET /{tenant}/oauth2/v2.0/authorize`: where Entra ID would show its
 * sign-in page, the demo tenant signs the technician in at once (the one
 * named by `login_hint`, else the first demo technician) and answers the
 * app's loopback redirect URI with a code, the way a browser gets it there:
 * a self-submitting form for `response_mode=form_post` (what MSAL Node
 * asks for), a 302 otherwise. PKCE (S256) is required, as for any public
 * client.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only what "Mobile and desktop applications" allows for `http://localhost`: plain http on loopback, any port. */
function loopbackRedirect(value: string | null): URL | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.hash === '' ? url : null;
  } catch {
    return null;
  }
}

function technicianFor(hint: string | null): DemoTechnician | null {
  if (hint === null || hint === '') return DEMO_TECHNICIANS[0] ?? null;
  return DEMO_TECHNICIANS.find((t) => t.upn.toLowerCase() === hint.toLowerCase()) ?? null;
}

/** Sends the authorization response to the app, as the browser would carry it. */
function answer(exchange: Exchange, redirect: URL, mode: string | null, fields: Record<string, string>): void {
  if (mode === 'form_post') {
    const inputs = Object.entries(fields)
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
      .join('');
    const form = `<form method="post" action="${escapeHtml(redirect.href)}">${inputs}<noscript><button type="submit">Continue</button></noscript></form>`;
    return sendPage(exchange, 200, 'Signing in', `${form}<script>document.forms[0].submit()</script>`);
  }
  const target = new URL(redirect.href);
  for (const [name, value] of Object.entries(fields)) target.searchParams.set(name, value);
  exchange.send(302, '', 'text/plain', { location: target.href, 'cache-control': 'no-store' });
}

export function authorize(state: TenantState, exchange: Exchange, tenantId: string | null): void {
  const q = exchange.url.searchParams;
  // Before the redirect URI is trusted, errors are shown on the page, never sent to it.
  if (tenantId === null) return sendPage(exchange, 400, 'Sign-in error', '<p>AADSTS90002: Tenant not found. Check the tenant ID or domain.</p>');
  const clientId = q.get('client_id') ?? '';
  if (!GUID.test(clientId)) return sendPage(exchange, 400, 'Sign-in error', `<p>AADSTS700016: Application with identifier '${escapeHtml(clientId)}' was not found in the directory.</p>`);
  const redirect = loopbackRedirect(q.get('redirect_uri'));
  if (!redirect) return sendPage(exchange, 400, 'Sign-in error', '<p>AADSTS50011: The redirect URI does not match the redirect URIs configured for the application (http://localhost).</p>');

  const mode = q.get('response_mode');
  const state_ = q.get('state');
  const fail = (error: string, description: string) => answer(exchange, redirect, mode, { error, error_description: description, ...(state_ !== null && { state: state_ }) });
  if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 'AADSTS700054: Only response_type=code is enabled for this application.');
  const challenge = q.get('code_challenge');
  if (!challenge || q.get('code_challenge_method') !== 'S256') return fail('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange (S256) is required.');
  const technician = technicianFor(q.get('login_hint'));
  if (!technician) return fail('invalid_request', `AADSTS50034: The user account ${q.get('login_hint') ?? ''} does not exist in this directory.`);

  const code = newSecret('demo-code');
  oauthStateOf(state).codes.set(code, {
    technician,
    clientId,
    redirectUri: q.get('redirect_uri') ?? '',
    codeChallenge: challenge,
    nonce: q.get('nonce') || null,
    expiresAt: state.clock.now() + AUTH_CODE_TTL_MS,
  });
  const clientInfo = Buffer.from(JSON.stringify({ uid: technician.oid, utid: tenantId })).toString('base64url');
  answer(exchange, redirect, mode, { code, client_info: clientInfo, ...(state_ !== null && { state: state_ }) });
}
