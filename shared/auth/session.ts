import { z } from 'zod';
import { appErrorSchema } from '../result';

/**
 * The Graph permission every passcode action and Sync device is sent with (main/auth/token-provider.ts): a sign-in
 * whose `missingScopes` names it can send none of them.
 */
export const privilegedScopeName = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

/** The signed-in technician as the renderer may see them: identity, never a token. */
export const accountSchema = z.object({
  name: z.string(),
  upn: z.string(),
  objectId: z.string(),
  tenantId: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

/**
 * Intune refused the signed-in account a passcode action (`not_permitted`: a missing role, licence or consent).
 * Main keeps the last one for this tenant and account until sign-out (main/auth/session-state.ts), so a reload
 * or a re-opened window still knows it before the next dialog; it is never written to disk.
 */
export const accountRefusalSchema = z.object({
  deviceId: z.string().max(128),
  /** The device's name as Graph gave it (bounded to 256 characters where main reads it). */
  deviceName: z.string().max(512),
  /** When the refusal came back (ISO). */
  at: z.string().max(40),
  error: appErrorSchema,
});
export type AccountRefusal = z.infer<typeof accountRefusalSchema>;

export const sessionSchema = z.object({
  status: z.enum(['signedOut', 'signingIn', 'signedIn']),
  account: accountSchema.nullable(),
  mode: z.enum(['demo', 'tenant']),
  /** `memory`: this OS offers no real encryption, so tokens die with the app. */
  tokenStorage: z.enum(['encrypted', 'memory']),
  /** The last sign-in problem until the next attempt: a code the window words (`say`), English in `message` for the log. */
  problem: appErrorSchema.nullable(),
  /**
   * Rises with every change of the session during this run of the app (main/auth/session-state.ts).
   * A change reaches the window twice, as a `sessionChanged` event and as the answer of the call that
   * made it, over channels that need not keep their order (the browser host's WebSocket and HTTP): the
   * window keeps the highest it has seen, so a late "signing in" cannot undo "signed in".
   */
  revision: z.number().int().nonnegative(),
  /** Intune's last refusal of this account this sign-in; absent when there was none. */
  accountRefusal: accountRefusalSchema.optional(),
  /**
   * Graph permissions (scope names, e.g. `DeviceManagementManagedDevices.PrivilegedOperations.All`) the sign-in
   * asked for that the token response did not grant (its `scope` field). Absent or empty: all granted, or the
   * response did not say (then MSAL takes the asked scopes as granted, and nothing is known before Graph answers).
   */
  missingScopes: z.array(z.string().max(200)).max(16).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signInMethods = ['interactive', 'deviceCode'] as const;

/** What the technician needs to finish a device-code sign-in on another device or browser. */
export const deviceCodeSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  message: z.string(),
  expiresAt: z.string(),
});
export type DeviceCodePrompt = z.infer<typeof deviceCodeSchema>;
