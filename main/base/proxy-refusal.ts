/**
 * The HTTP status a proxy refused a tunnel with, when the runtime's fetch went through one and said so.
 *
 * Passcode Desk sets no proxy for its own connections: Node's fetch (sign-in and Graph, in main) does not
 * read the system's proxy settings, and Node 20's does not read HTTPS_PROXY either (newer Node reads it
 * only with NODE_USE_ENV_PROXY). Where a runtime does route fetch through a proxy and the proxy answers the
 * CONNECT with anything but 200 (407: it wants a sign-in), fetch rejects with "fetch failed" and no code of
 * its own; the status is only in undici's message further down the cause chain ("Proxy response (407) !==
 * 200 when HTTP Tunneling", the same text since undici 5). So it is read from there, and nothing else is
 * guessed from a message: no match, no proxy refusal.
 */
const tunnelRefused = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/;

export function proxyRefusalStatus(error: unknown): number | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const message = (e as { message?: unknown }).message;
    const match = typeof message === 'string' ? tunnelRefused.exec(message) : null;
    if (match) return Number(match[1]);
  }
  return null;
}

/** The network code the window words for a proxy's refusal (shared/i18n/os-fault.ts): PROXY_407, PROXY_403, ... */
export const proxyRefusalCode = (status: number): string => `PROXY_${status}`;
