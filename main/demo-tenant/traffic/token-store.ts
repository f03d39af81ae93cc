import { randomBytes } from 'node:crypto';
import type { IntunePermission } from '../demo-identity';
import { GraphError } from '../graph/graph-error';

/**
 * Opaque bearer tokens issued in-process. Enough of Entra ID's behaviour for
 * a client's sign-in code paths: missing, unknown and expired tokens are 401
 * `InvalidAuthenticationToken`; scopes decide 403s later.
 */
export interface TokenRequest {
  readonly upn: string;
  readonly oid?: string;
  readonly name?: string;
  readonly scopes: readonly string[];
  /** The account's Intune role permissions; all of them when absent. */
  readonly intunePermissions?: readonly IntunePermission[];
  /** Lifetime on the tenant's clock; an hour if not given, like Entra's access tokens. */
  readonly ttlMs?: number;
}

export interface Principal {
  readonly upn: string;
  readonly oid: string;
  readonly name: string;
  readonly scopes: ReadonlySet<string>;
  /** Null: every Intune permission (a Help Desk Operator or more). */
  readonly intunePermissions: ReadonlySet<IntunePermission> | null;
  readonly expiresAt: number;
}

export const DEFAULT_TOKEN_TTL_MS = 3_600_000;

const unauthorized = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, {
    headers: { 'www-authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"' },
  });

export const tokenExpired = (): GraphError => unauthorized('Lifetime validation failed, the token is expired.');

export class TokenStore {
  private readonly tokens = new Map<string, Principal>();

  constructor(private readonly now: () => number) {}

  issue(request: TokenRequest): string {
    const token = `demo.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, {
      upn: request.upn,
      oid: request.oid ?? '00000000-0000-0000-0000-000000000000',
      name: request.name ?? request.upn,
      scopes: new Set(request.scopes),
      intunePermissions: request.intunePermissions ? new Set(request.intunePermissions) : null,
      expiresAt: this.now() + (request.ttlMs ?? DEFAULT_TOKEN_TTL_MS),
    });
    return token;
  }

  /** Every token issued so far expires now; tokens issued later are unaffected. */
  expireAll(): void {
    const now = this.now();
    for (const [token, principal] of this.tokens) this.tokens.set(token, { ...principal, expiresAt: Math.min(principal.expiresAt, now) });
  }

  authenticate(authorization: string | undefined): Principal {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) throw unauthorized('Access token is empty.');
    const principal = this.tokens.get(match[1]);
    if (!principal) throw unauthorized('Access token validation failure: this tenant did not issue the token.');
    if (this.now() >= principal.expiresAt) throw tokenExpired();
    return principal;
  }
}
