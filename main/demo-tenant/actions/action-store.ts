import type * as Beta from '@microsoft/microsoft-graph-types-beta';

/** Names in deviceActionResults: Graph's remoteAction enum, plus syncDevice, which it lists only among managedDevice actions. */
export type DemoActionName = Beta.RemoteAction | Extract<Beta.ManagedDeviceRemoteAction, 'syncDevice'>;
import type { ActionResultView } from '../graph/device-view';
import type { EndState } from './reset-outcome';

/**
 * Remote actions and their progress. An action's state is not stored but
 * computed from the clock (pending until `activeAtMs`, active until
 * `endAtMs`, then its end state), so a test moves an action along by moving
 * its clock, and nothing needs a timer.
 */
export interface DeviceAction {
  /** Insertion order: audits list newest first by it and page by it. */
  readonly seq: number;
  readonly id: string;
  readonly deviceId: string;
  readonly actionName: DemoActionName;
  readonly startMs: number;
  readonly activeAtMs: number;
  readonly endAtMs: number;
  readonly endState: EndState;
  readonly errorCode: number;
  /** Held until the action is done, shown only then (in deviceActionResults, never in audits). */
  readonly passcode: string | null;
  readonly initiatedBy: string;
  /** The device as it was when the action was requested: audits outlive deletions. */
  readonly device: { readonly name: string; readonly ownerUpn: string; readonly imei: string };
}

export type NewAction = Omit<DeviceAction, 'seq'>;

export interface ActionProgress {
  readonly state: Beta.ActionState;
  readonly lastUpdatedMs: number;
}

export function progressAt(action: DeviceAction, now: number): ActionProgress {
  if (now >= action.endAtMs) return { state: action.endState, lastUpdatedMs: action.endAtMs };
  if (now >= action.activeAtMs) return { state: 'active', lastUpdatedMs: action.activeAtMs };
  return { state: 'pending', lastUpdatedMs: action.startMs };
}

export function resultView(action: DeviceAction, now: number): ActionResultView {
  const { state, lastUpdatedMs } = progressAt(action, now);
  const base = {
    actionName: action.actionName,
    actionState: state,
    startDateTime: new Date(action.startMs).toISOString(),
    lastUpdatedDateTime: new Date(lastUpdatedMs).toISOString(),
  };
  if (action.actionName !== 'resetPasscode') return base;
  return {
    '@odata.type': '#microsoft.graph.resetPasscodeActionResult',
    ...base,
    errorCode: state === action.endState ? action.errorCode : 0,
    passcode: state === 'done' ? action.passcode : null,
  } satisfies Beta.ResetPasscodeActionResult & { '@odata.type': string };
}

export class ActionStore {
  private readonly all: DeviceAction[] = [];
  /** Graph keeps one result per action name and device: the latest. */
  private readonly latest = new Map<string, Map<string, DeviceAction>>();

  add(action: NewAction): DeviceAction {
    const stored = { ...action, seq: this.all.length + 1 };
    this.all.push(stored);
    const byName = this.latest.get(action.deviceId) ?? new Map<string, DeviceAction>();
    byName.set(action.actionName, stored);
    this.latest.set(action.deviceId, byName);
    return stored;
  }

  /** Every action ever queued, in order: the tenant's own record, for tests that check what a client says it did. */
  list(): readonly DeviceAction[] {
    return this.all;
  }

  resultsFor(deviceId: string, now: number): ActionResultView[] {
    const byName = this.latest.get(deviceId);
    return byName ? [...byName.values()].map((action) => resultView(action, now)) : [];
  }

  latestFor(deviceId: string, actionName: DemoActionName): DeviceAction | undefined {
    return this.latest.get(deviceId)?.get(actionName);
  }

  /** Every action ever requested, newest first. */
  newestFirst(): DeviceAction[] {
    return [...this.all].reverse();
  }
}
