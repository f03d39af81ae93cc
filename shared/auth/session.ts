import { z } from 'zod';
import { appErrorSchema } from '../result';

/** The signed-in technician as the renderer may see them: identity, never a token. */
export const accountSchema = z.object({
  name: z.string(),
  upn: z.string(),
  objectId: z.string(),
  tenantId: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

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
