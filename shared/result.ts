import { z } from 'zod';
import { appMessageSchema, type AppMessage } from './messages/app-message';

/**
 * Every IPC answer travels as a result envelope. Expected failures (a bad
 * argument, a device that no longer exists, a refused sign-in) are values with
 * a stable code the renderer can translate; only programming errors throw.
 */
export const errorCodes = [
  'invalid_request', // the arguments did not match the channel's schema
  'forbidden_sender', // the call did not come from our own window
  'unknown_channel',
  'not_signed_in',
  'not_permitted', // signed in, but Intune refuses this account the call (role, licence or consented scope missing)
  'sign_in_failed',
  'invalid_settings',
  'not_found', // e.g. the device was deleted from Intune
  'not_eligible', // the passcode rules refuse the action
  'already_in_progress', // a reset for this device is still in flight
  'confirmation_required', // someone acted on this device minutes ago: the technician must confirm again
  'graph_error', // Graph answered with an error
  'network_error', // Graph could not be reached, or the connection dropped
  'outcome_unknown', // whether Intune ran the action could not be learned: check the device and the portal
  'throttled',
  'log_error', // the action log could not be written or read
  'log_locked', // another instance holds the action log
  'cancelled',
  'unavailable', // the operation is not available in this mode or platform
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** English, for main's diagnostic log and verify-logs; the window words `say` in its own language instead. */
  message: string;
  /** The message as a code with its values (shared/messages/app-message.ts), where main has given one. */
  say?: AppMessage;
  detail?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string, detail?: Record<string, unknown>): Result<T> {
  return detail === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, detail } };
}

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  say: appMessageSchema.optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

/** Schema of the envelope around a response schema, used by the renderer to check what it receives. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

/** Exhaustiveness guard for tagged-union switches. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
