import { z } from 'zod';
import { forwardingProblemSchema } from './forwarding-problem';

/**
 * Forwarding as the technician sees it in the header and in Settings.
 * `connected`: the collector confirmed every line written so far.
 * `sending`: lines are on their way. `retrying`: the last attempt failed and
 * the next one is scheduled; `lastError` says why, as a code the window words.
 */
export const forwardingStates = ['off', 'connected', 'sending', 'retrying'] as const;
export const forwardingOffReasons = ['notConfigured', 'switchedOff', 'noLog', 'badConfig'] as const;

export const forwardingStatusSchema = z.object({
  state: z.enum(forwardingStates),
  offReason: z.enum(forwardingOffReasons).nullable(),
  collector: z.string().nullable(),
  /** The organisation requires forwarding: the technician cannot switch it off. */
  required: z.boolean(),
  /** Lines written locally that the collector has not confirmed yet. */
  pending: z.int().min(0),
  /** When the oldest of those lines was written; null when nothing is pending. */
  behindSince: z.string().nullable(),
  lastDeliveredAt: z.string().nullable(),
  lastError: forwardingProblemSchema.nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type ForwardingStatus = z.infer<typeof forwardingStatusSchema>;

/** Behind for longer than this, the header shows a warning nobody can miss. */
export const BEHIND_WARNING_MS = 60 * 60 * 1000;

export function isBehindTooLong(status: ForwardingStatus, nowMs: number): boolean {
  return status.pending > 0 && status.behindSince !== null && nowMs - Date.parse(status.behindSince) > BEHIND_WARNING_MS;
}

export const forwardingOff = (offReason: ForwardingStatus['offReason'], collector: string | null = null, required = false): ForwardingStatus => ({
  state: 'off',
  offReason,
  collector,
  required,
  pending: 0,
  behindSince: null,
  lastDeliveredAt: null,
  lastError: null,
  nextAttemptAt: null,
});
