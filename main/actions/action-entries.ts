import type { Device } from '../../shared/devices/device';
import { platformLabels } from '../../shared/platform/platform';
import type { AppError } from '../../shared/result';
import type { ActionEntryInput, EntryType, TrackedState } from '../../shared/log/log-entry';
import type { CompactDecision } from '../../shared/rules/passcode-decision';
import type { RemoteActionKind } from '../../shared/remote-actions/remote-action';

/**
 * Builds the action log's entries. What every entry of one action repeats
 * (who, which tenant, which device) is fixed once, when the action starts.
 */
export type ActionContext = Pick<ActionEntryInput, 'actionId' | 'technician' | 'tenantId' | 'device'> & { action: RemoteActionKind };

export interface Technician {
  upn: string;
  objectId: string;
  displayName?: string | null;
}

/** The log wants absent, not null, for what it does not know. */
function optional(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

export function actionContext(action: RemoteActionKind, actionId: string, technician: Technician, tenantId: string, device: Device): ActionContext {
  return {
    action,
    actionId,
    technician: { upn: technician.upn, objectId: technician.objectId, displayName: optional(technician.displayName) },
    tenantId,
    device: {
      id: device.id,
      name: (device.name ?? device.id).slice(0, 256),
      platform: platformLabels[device.platform],
      osVersion: optional(device.osVersion?.slice(0, 64)),
      mode: device.decision.mode,
      ownerUpn: optional(device.userPrincipalName),
      serial: optional(device.serialNumber?.slice(0, 128)),
    },
  };
}

/** The log has one code field for a decision: the refusal's reason, or the eligible decision's outcome. */
export function logDecision(decision: CompactDecision): NonNullable<ActionEntryInput['decision']> {
  return {
    eligible: decision.eligible,
    mode: decision.mode,
    reasonCode: decision.eligible ? decision.outcomeCode : decision.reasonCode,
    source: decision.source,
  };
}

function logError(error: AppError): NonNullable<ActionEntryInput['error']> {
  return { code: error.code, message: error.message.slice(0, 2000) };
}

export interface EntryExtras {
  ticket?: string;
  identityVerified?: boolean;
  decision?: CompactDecision;
  graphRequestId?: string | null;
  state?: TrackedState;
  error?: AppError | null;
}

export function entry(type: EntryType, context: ActionContext, extras: EntryExtras = {}): ActionEntryInput {
  const input: ActionEntryInput = { type, ...context };
  if (extras.ticket !== undefined) input.ticket = extras.ticket.slice(0, 256);
  if (extras.identityVerified !== undefined) input.identityVerified = extras.identityVerified;
  if (extras.decision !== undefined) input.decision = logDecision(extras.decision);
  const requestId = optional(extras.graphRequestId);
  if (requestId !== undefined) input.graphRequestId = requestId.slice(0, 128);
  if (extras.state !== undefined) input.state = extras.state;
  if (extras.error) input.error = logError(extras.error);
  return input;
}
