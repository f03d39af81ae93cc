import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { eventsProtocol } from '../../shared/browser-host/wire-names';

const secret = () => randomBytes(32).toString('base64url');

function sameSecret(expected: string | null, candidate: string | null | undefined): boolean {
  if (expected === null || !candidate) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may use the browser host. The launch token printed at start is good for
 * one exchange only: /launch trades it for a fresh session secret that the page
 * keeps in sessionStorage (scoped to this origin, port included, unlike a
 * cookie, which every service on 127.0.0.1 would receive) and sends as a bearer
 * header. So the token that sits in the terminal, the browser's history and any
 * cache authenticates nothing once the page has opened. The Host must be our
 * loopback address (against DNS rebinding) and a cross-site Origin is refused.
 */
export function createSessionGuard(origin: () => string) {
  const launchToken = secret();
  let session: string | null = null;

  function hostAndOriginOk(req: IncomingMessage): boolean {
    const ours = new URL(origin());
    if (req.headers.host !== ours.host) return false;
    const requestOrigin = req.headers.origin;
    return requestOrigin === undefined || requestOrigin === ours.origin;
  }

  function presented(req: IncomingMessage): string | null {
    const bearer = req.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
    if (bearer) return bearer;
    // The bridge's WebSocket: `Sec-WebSocket-Protocol: passcode-desk.events, <secret>`.
    const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    return protocols[0] === eventsProtocol ? (protocols[1] ?? null) : null;
  }

  return {
    launchToken,
    /** The session secret for a correct, unused launch token; null otherwise (a second use included). */
    exchange(candidate: string | null): string | null {
      if (session !== null || !sameSecret(launchToken, candidate)) return null;
      session = secret();
      return session;
    },
    launched: () => session !== null,
    /** Static files: the renderer bundle holds nothing secret, but only our own Host and Origin get it. */
    mayRead: hostAndOriginOk,
    /** Calls and events: the session secret as well. */
    isAllowed(req: IncomingMessage): boolean {
      return hostAndOriginOk(req) && sameSecret(session, presented(req));
    },
  };
}
