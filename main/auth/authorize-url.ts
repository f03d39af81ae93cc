import { BrowserOpenError } from './auth-errors';

/**
 * The authorization URL MSAL hands us to open in the system browser. It is
 * checked before it leaves the app (https, the configured sign-in host, the
 * authorize endpoint, a loopback redirect), and what it says about MSAL's
 * loopback listener is kept so a cancelled sign-in can close that listener.
 */
export interface AuthorizeTarget {
  readonly url: string;
  /** MSAL's listener, on 127.0.0.1 whatever name the redirect URI uses. */
  readonly listener: string;
  readonly state: string;
}

export function checkAuthorizeUrl(raw: string, authorityHost: string): AuthorizeTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BrowserOpenError({ code: 'signInAddressUnreadable', params: {} });
  }
  const redirect = url.searchParams.get('redirect_uri');
  const state = url.searchParams.get('state');
  const ok =
    url.protocol === 'https:' &&
    url.hostname.toLowerCase() === authorityHost.toLowerCase() &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    /\/oauth2\/v2\.0\/authorize$/i.test(url.pathname) &&
    redirect !== null &&
    state !== null &&
    state !== '';
  if (!ok) throw new BrowserOpenError({ code: 'signInAddressUnexpected', params: { host: authorityHost } });
  let listener: URL;
  try {
    listener = new URL(redirect);
  } catch {
    throw new BrowserOpenError({ code: 'signInAddressUnreadable', params: {} });
  }
  if (listener.protocol !== 'http:' || !['localhost', '127.0.0.1'].includes(listener.hostname) || listener.port === '') {
    throw new BrowserOpenError({ code: 'signInRedirectNotOwn', params: {} });
  }
  return { url: url.href, listener: `http://127.0.0.1:${listener.port}/`, state };
}

/**
 * Tells MSAL's loopback listener the sign-in was abandoned, as Entra ID would
 * after the user cancelled: MSAL then ends its flow and frees the port
 * instead of listening until the app quits.
 */
export async function abandonAtListener(target: AuthorizeTarget): Promise<void> {
  const body = new URLSearchParams({ error: 'access_denied', error_description: 'The sign-in was cancelled in Passcode Desk.', state: target.state });
  try {
    const response = await fetch(target.listener, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
  } catch {
    // The listener may already be gone (the browser answered first): nothing left to close.
  }
}
