import { codedNetworkCause, isNetworkFaultCode } from '../../shared/i18n/os-fault';
import { AuthError, ServerError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { proxyRefusalCode, proxyRefusalStatus } from '../base/proxy-refusal';

/**
 * The HTTP client MSAL talks through, wrapped to remember the last OAuth
 * error the identity platform sent. MSAL's device code flow reports a failed
 * poll or code request by the error name alone ("invalid_client"), dropping
 * the description and its AADSTS code, which is what tells the technician
 * (and their admin) what to fix. The wrapper keeps it so the flow can
 * report it.
 */
export interface SignInNetwork {
  readonly client: INetworkModule;
  /** The last `{ error, error_description }` answer as a ServerError, or null. */
  lastServerError(): ServerError | null;
  forget(): void;
}

/**
 * What MSAL Node's own HttpClient does (fetch, JSON bodies), for when no
 * client is injected. `connectTo` sends each request elsewhere while errors
 * still name the host MSAL asked for: only the browser host's end-to-end
 * tests use it, to make Microsoft's sign-in service a port nobody listens on.
 */
export function fetchSignInClient(connectTo: (url: string) => string = (url) => url, fetchOver: typeof fetch = fetch): INetworkModule {
  async function send<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    let response: Response;
    try {
      response = await fetchOver(connectTo(url), {
        method,
        headers: options?.headers ?? {},
        ...(method === 'POST' && { body: options?.body ?? '' }),
        ...(timeout && { signal: AbortSignal.timeout(timeout) }),
        // Never followed, as MSAL's own client does not: a 307/308 would post the form again (the auth
        // code, the PKCE verifier, the refresh token) to wherever it points, another host or plain http.
        redirect: 'manual',
      });
    } catch (error) {
      // msal-common under msal-node 7 takes (code, correlationId, message): a message second is lost.
      throw new AuthError('network_error', '', whyNotReached(error, new URL(url).host));
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      throw new AuthError('sign_in_redirected', '', `The sign-in service at ${new URL(url).host} answered ${response.status} (a redirect, not followed)`);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    try {
      return { headers, body: (await response.json()) as T, status: response.status };
    } catch {
      throw new AuthError('token_parsing_error', '', `The sign-in service answered ${response.status} with something that is not JSON`);
    }
  }
  return {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) => send<T>('GET', url, options, timeout),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>('POST', url, options),
  };
}

/**
 * Which host and why (DNS, refused, timed out, a certificate): what the message on screen cannot
 * know. A code (the OS's, the resolver's, TLS's, undici's) goes as a coded cause the window words
 * in its language, code and host kept (shared/i18n/os-fault.ts); only a failure without one keeps
 * its text.
 */
function whyNotReached(error: unknown, host: string): string {
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return codedNetworkCause('ETIMEDOUT', host); // our AbortSignal.timeout
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (typeof cause?.code === 'string' && isNetworkFaultCode(cause.code)) return codedNetworkCause(cause.code, host);
  // A proxy that refused the tunnel (407: it wants a sign-in) is named only deep in the cause chain (base/proxy-refusal.ts).
  const proxyStatus = proxyRefusalStatus(error);
  if (proxyStatus !== null) return codedNetworkCause(proxyRefusalCode(proxyStatus), host);
  // Anything else without a code: its own text, or fetch's "fetch failed" at least.
  const why = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : error instanceof Error && error.message !== '' ? error.message : 'unknown';
  return `${host}: ${why}`;
}

export function signInNetwork(inner: INetworkModule = fetchSignInClient()): SignInNetwork {
  let last: ServerError | null = null;
  const remember = <T>(response: NetworkResponse<T>): NetworkResponse<T> => {
    const body = response.body as { error?: unknown; error_description?: unknown } | null;
    // Device-code polling answers `authorization_pending` until the technician is done: not an error worth keeping.
    if (body && typeof body.error === 'string' && body.error !== 'authorization_pending') {
      last = new ServerError(body.error, '', typeof body.error_description === 'string' ? body.error_description : body.error);
    }
    return response;
  };
  return {
    client: {
      sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions, timeout?: number) => inner.sendGetRequestAsync<T>(url, options, timeout).then(remember),
      sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => inner.sendPostRequestAsync<T>(url, options).then(remember),
    },
    lastServerError: () => last,
    forget: () => {
      last = null;
    },
  };
}
