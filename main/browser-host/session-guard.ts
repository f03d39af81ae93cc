import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookieValue } from './http-helpers';

export const sessionCookie = 'passcode_desk_session';

/**
 * The browser host answers only the page it launched: the per-run token must
 * come in the session cookie (set by /launch) or an Authorization header (for
 * tests), the Host must be our loopback address (against DNS rebinding), and a
 * cross-site Origin is refused.
 */
export function createSessionGuard(token: string, origin: () => string) {
  const expected = Buffer.from(token);
  const matches = (candidate: string | null | undefined) => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return {
    tokenMatches: matches,
    isAllowed(req: IncomingMessage): boolean {
      const ours = new URL(origin());
      if (req.headers.host !== ours.host) return false;
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && requestOrigin !== ours.origin) return false;
      const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
      return matches(cookieValue(req, sessionCookie)) || matches(bearer);
    },
  };
}
