import { randomBytes } from 'node:crypto';
import { DEMO_DOMAIN, DEMO_TENANT_ID, type DemoTechnician } from '../demo-identity';
import type { TenantState } from '../tenant-state';

/**
 * What the identity-platform stand-in remembers between requests: issued
 * authorization codes, device codes and refresh tokens. Kept beside the
 * tenant's state (keyed by it) rather than inside it, so the OAuth endpoints
 * stay an add-on the Graph side knows nothing about.
 */
export interface AuthCodeGrant {
  readonly technician: DemoTechnician;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly nonce: string | null;
  readonly expiresAt: number;
}

export interface DeviceCodeGrant {
  readonly userCode: string;
  readonly clientId: string;
  readonly expiresAt: number;
  approvedBy: DemoTechnician | null;
}

export interface RefreshGrant {
  readonly technician: DemoTechnician;
  readonly clientId: string;
}

export interface OAuthState {
  readonly codes: Map<string, AuthCodeGrant>;
  readonly deviceCodes: Map<string, DeviceCodeGrant>;
  readonly refreshTokens: Map<string, RefreshGrant>;
  /** Signs id_tokens (HS256). Clients do not check it; it only makes them JWT-shaped like Entra's. */
  readonly idTokenKey: Buffer;
}

// Entra's lifetimes: codes last about 10 minutes, device codes 15.
export const AUTH_CODE_TTL_MS = 10 * 60_000;
export const DEVICE_CODE_TTL_S = 15 * 60;
/** Polling interval given to device-code clients: short, as this is a local simulator. */
export const DEVICE_CODE_INTERVAL_S = 1;

const states = new WeakMap<TenantState, OAuthState>();

export function oauthStateOf(tenant: TenantState): OAuthState {
  let state = states.get(tenant);
  if (!state) {
    state = { codes: new Map(), deviceCodes: new Map(), refreshTokens: new Map(), idTokenKey: randomBytes(32) };
    states.set(tenant, state);
  }
  return state;
}

export const newSecret = (prefix: string): string => `${prefix}.${randomBytes(24).toString('base64url')}`;

// Letters and digits that cannot be misread for one another when typed from a screen.
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ23456789';

export function newUserCode(): string {
  return [...randomBytes(9)].map((b) => USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length]).join('');
}

/** The tenant id a path's tenant segment names (its id or its domain), or null when it names another tenant. */
export function tenantIdOf(segment: string): string | null {
  const lower = segment.toLowerCase();
  return lower === DEMO_TENANT_ID || lower === DEMO_DOMAIN ? DEMO_TENANT_ID : null;
}
