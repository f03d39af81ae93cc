import { z } from 'zod';
import { deviceIdSchema } from '../devices/device';
import { appErrorSchema } from '../result';
import { remoteActionKinds } from '../remote-actions/remote-action';
import { foldedStates, type FoldedState } from '../log/folded-action';
import { ticketMaxLength } from './ticket-rule';

/**
 * An action as the live actions log shows it. Its states are those of the
 * folded log rows: `requested` (logged, not yet sent), `refused` (the rules or
 * a guard said no before any call), `accepted` (Graph queued it), `unknown`
 * (the call's outcome could not be known; tracking resolves it), then Intune's
 * own states.
 */
export const actionStates = foldedStates;
export type ActionState = FoldedState;

const terminal: ReadonlySet<ActionState> = new Set(['refused', 'done', 'failed', 'notSupported', 'canceled']);
export function isTerminalState(state: ActionState): boolean {
  return terminal.has(state);
}

export const actionSummarySchema = z.object({
  actionId: z.string(),
  /** Which remote action (reset passcode, sync device). */
  action: z.enum(remoteActionKinds),
  deviceId: z.string(),
  deviceName: z.string(),
  platform: z.string().nullable(),
  mode: z.string().nullable(),
  technicianUpn: z.string(),
  ticket: z.string().nullable(),
  requestedAt: z.string(),
  state: z.enum(actionStates),
  updatedAt: z.string(),
  error: appErrorSchema.nullable(),
  /** Graph's request id for the POST, for Microsoft support. */
  graphRequestId: z.string().nullable(),
  /** A generated passcode is waiting in main to be revealed once. */
  passcodeAvailable: z.boolean(),
  /** `log`: read back from the action log of an earlier run. */
  origin: z.enum(['session', 'log']),
});
export type ActionSummary = z.infer<typeof actionSummarySchema>;

export const passcodeActionRequestSchema = z
  .object({
    deviceId: deviceIdSchema,
    /** Which remote action; a passcode reset when not said. */
    action: z.enum(remoteActionKinds).default('resetPasscode'),
    /** Empty when the ticket setting is optional; main checks the setting again. */
    ticket: z.string().trim().max(ticketMaxLength),
    /** The technician ticked "I verified the requester's identity": no passcode action without it (main checks per kind). */
    identityVerified: z.boolean(),
    /** Set after the technician saw and accepted the warning about a recent action on this device. */
    acknowledgedRecentActions: z.boolean(),
  })
  .strict();
/** As callers write it: `action` may be left out (a passcode reset). */
export type PasscodeActionRequest = z.input<typeof passcodeActionRequestSchema>;
