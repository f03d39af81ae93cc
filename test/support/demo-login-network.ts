import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * MSAL's network client for tests: requests to the sign-in host
 * (https://login.microsoftonline.com by default) go to the demo tenant's
 * loopback http origin instead, with X-Forwarded-Host/-Proto saying which
 * origin MSAL meant, as a reverse proxy would. Any other host is refused,
 * so a test can never reach the real identity platform.
 *
 * It records what MSAL asked (method, path, grant type) and every token the
 * tenant handed out, so tests can count refresh grants and grep files and
 * events for tokens.
 */
export interface LoginCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly grantType: string | null;
}

export interface DemoLoginNetwork extends INetworkModule {
  readonly calls: LoginCall[];
  /** access, refresh and id tokens from every token response, in order. */
  readonly secrets: string[];
  grants(grantType: string): number;
}

const SECRET_FIELDS = ['access_token', 'refresh_token', 'id_token'] as const;

export function demoLoginNetwork(demoUrl: string, hosts: readonly string[] = ['login.microsoftonline.com']): DemoLoginNetwork {
  const calls: LoginCall[] = [];
  const secrets: string[] = [];
  const known = new Set(hosts.map((h) => h.toLowerCase()));

  async function send<T>(method: 'GET' | 'POST', raw: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const url = new URL(raw);
    if (url.protocol !== 'https:' || !known.has(url.host.toLowerCase())) throw new Error(`The test network refuses ${url.origin}`);
    const body = method === 'POST' ? (options?.body ?? '') : undefined;
    calls.push({ method, path: url.pathname, grantType: body === undefined ? null : new URLSearchParams(body).get('grant_type') });
    const response = await fetch(new URL(url.pathname + url.search, demoUrl), {
      method,
      headers: { ...options?.headers, 'x-forwarded-host': url.host, 'x-forwarded-proto': 'https' },
      ...(body !== undefined && { body }),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const json = (await response.json()) as Record<string, unknown>;
    for (const field of SECRET_FIELDS) if (typeof json[field] === 'string') secrets.push(json[field]);
    return { headers, body: json as T, status: response.status };
  }

  return {
    calls,
    secrets,
    grants: (grantType) => calls.filter((c) => c.grantType === grantType).length,
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
