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

/** A state string as read from elsewhere (Graph's audits may send one we do not know). */
export function isActionState(value: string): value is ActionState {
  return (actionStates as readonly string[]).includes(value);
}

const terminal: ReadonlySet<ActionState> = new Set(['refused', 'done', 'failed', 'notSupported', 'canceled', 'unresolved', 'closed']);
export function isTerminalState(state: ActionState): boolean {
  return terminal.has(state);
}

/**
 * Nobody knows whether Intune ran these: `unknown` (still followed), and the
 * two ends that leave it open, `unresolved` and `closed` by hand. A new action
 * on a device whose last action is one of them needs a second confirmation.
 */
const outcomeUnknown: ReadonlySet<ActionState> = new Set(['unknown', 'unresolved', 'closed']);
export function hasUnknownOutcome(state: ActionState): boolean {
  return outcomeUnknown.has(state);
}

/** Intune's word that the action ran on the device and failed there (main/actions/action-messages.ts). */
const deviceFailureCodes: ReadonlySet<string> = new Set(['deviceFailedApple', 'deviceFailedOther']);

/**
 * A `failed` action that never got to the device: Graph refused the request
 * (403, 429, 400), the device was gone, or the app never sent it. Told by the
 * logged error's code; an older line without one counts as a failure on the
 * device unless its code says it was a refusal before Graph (not graph_error).
 */
export function neverReachedDevice(action: { state: string; error: { code: string; say?: { code: string } } | null }): boolean {
  if (action.state !== 'failed' || action.error === null) return false;
  const say = action.error.say;
  return say ? !deviceFailureCodes.has(say.code) : action.error.code !== 'graph_error';
}

/** An action a technician may close by hand: its POST's outcome is unknown and it is still followed (or was, before a crash). */
export function canCloseByHand(state: ActionState): boolean {
  return state === 'unknown' || state === 'requested';
}

/** The device's newest action of one kind (a passcode reset unless said) among `actions`, by request time. */
export function lastActionOn<A extends Pick<ActionSummary, 'deviceId' | 'requestedAt' | 'action'>>(
  actions: readonly A[],
  deviceId: string,
  kind: ActionSummary['action'] = 'resetPasscode',
): A | null {
  const key = deviceId.trim().toLowerCase();
  let last: A | null = null;
  for (const action of actions) {
    if (action.action !== kind || action.deviceId.trim().toLowerCase() !== key) continue;
    if (last === null || action.requestedAt > last.requestedAt) last = action;
  }
  return last;
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
    /** Set after the technician saw that the device's last action has an unknown outcome, and checked. */
    acknowledgedUnknownOutcome: z.boolean().optional(),
  })
  .strict();
/** As callers write it: `action` may be left out (a passcode reset). */
export type PasscodeActionRequest = z.input<typeof passcodeActionRequestSchema>;

export const closeActionRequestSchema = z
  .object({
    actionId: z.string().min(1).max(64),
    /** What the technician checked and found (the device, the portal's Device actions): it goes on the record. */
    note: z.string().trim().min(1).max(2000),
  })
  .strict();
export type CloseActionRequest = z.infer<typeof closeActionRequestSchema>;
