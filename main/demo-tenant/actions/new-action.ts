import { randomInt, randomUUID } from 'node:crypto';
import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import type { DemoDevice } from '../fleet/device-record';
import type { DemoActionName, NewAction } from './action-store';
import type { ResetOutcome } from './reset-outcome';

/** How long an accepted action takes, from the request: to `active`, and to its end state. */
export interface ActionTiming {
  readonly toActiveMs: number;
  readonly toDoneMs: number;
}

export function checkTiming(timing: ActionTiming): ActionTiming {
  const { toActiveMs, toDoneMs } = timing;
  if (!(toActiveMs >= 0) || !(toDoneMs >= toActiveMs) || !Number.isFinite(toDoneMs)) {
    throw new RangeError(`actionTiming needs 0 <= toActiveMs <= toDoneMs, got ${toActiveMs} and ${toDoneMs}`);
  }
  return timing;
}

/** A fresh passcode, as Intune generates for Android Enterprise, AOSP and device administrator. */
function generatePasscode(): string {
  return String(randomInt(10_000_000, 100_000_000));
}

export interface ActionRequest {
  readonly device: DemoDevice;
  readonly startMs: number;
  readonly timing: ActionTiming;
  readonly initiatedBy: string;
}

export function newResetAction(request: ActionRequest, outcome: Extract<ResetOutcome, { kind: 'accepted' }>): NewAction {
  return {
    ...newAction(request, 'resetPasscode'),
    endState: outcome.endState,
    errorCode: outcome.errorCode,
    passcode: outcome.generatesPasscode && outcome.endState === 'done' ? generatePasscode() : null,
  };
}

/** Any other remote action (seeded history): it simply completes. */
export function newAction(request: ActionRequest, actionName: DemoActionName): NewAction {
  const { device, startMs, timing, initiatedBy } = request;
  return {
    id: randomUUID(),
    deviceId: device.id,
    actionName,
    startMs,
    activeAtMs: startMs + timing.toActiveMs,
    endAtMs: startMs + timing.toDoneMs,
    endState: 'done',
    errorCode: 0,
    passcode: null,
    initiatedBy,
    device: { name: device.deviceName, ownerUpn: device.userPrincipalName, imei: device.imei },
  };
}
