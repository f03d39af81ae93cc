import type { ActionSummary } from '../../shared/actions/action-summary';
import type { Result } from '../../shared/result';
import type { ActionEntry, ActionEntryInput, TrackedState } from '../../shared/log/log-entry';
import type { EventHub } from '../base/events';
import type { Logger } from '../base/logger';
import type { Clock } from '../base/clock';
import type { ActionContext } from './action-entries';
import type { PasscodeVault } from './passcode-vault';
import { remoteActionKinds, type RemoteActionKind } from '../../shared/remote-actions/remote-action';

/**
 * The actions this run knows as live (its own, and unfinished ones resumed
 * from the log), the per-device guard against a second action of the same
 * kind in flight (a sync may follow a reset still under way), and the two ways
 * an action's news leaves the service: the log and the event.
 */
export interface ActionLogPort {
  append(entry: ActionEntryInput): Promise<Result<ActionEntry>>;
}

export interface LiveAction {
  context: ActionContext;
  summary: ActionSummary;
  /** The last state Intune reported, so only changes are logged. */
  reported: TrackedState | null;
  /** A generated passcode was read for this action (and went to the vault, whether shown yet or not). */
  passcodeSeen: boolean;
  stop?: AbortController;
  following?: Promise<void>;
}

export interface ActionBookDeps {
  log: ActionLogPort;
  events: EventHub;
  logger: Logger;
  clock: Clock;
  vault: PasscodeVault;
}

/** Device ids are GUIDs; compare them the way Graph does, regardless of case. */
export const deviceKey = (deviceId: string) => deviceId.trim().toLowerCase();

const guardKey = (kind: RemoteActionKind, deviceId: string) => `${kind}:${deviceKey(deviceId)}`;

export function createActionBook(deps: ActionBookDeps) {
  const live = new Map<string, LiveAction>();
  const inFlight = new Map<string, Set<string>>(); // kind and device key → action ids not yet finished

  return {
    /** Starts knowing an action as live (this run's, or resumed from the log). */
    track(action: LiveAction): void {
      live.set(action.context.actionId, action);
    },
    find(actionId: string): LiveAction | undefined {
      return live.get(actionId);
    },
    isLive(actionId: string): boolean {
      return live.has(actionId);
    },
    /** A copy: callers may stop actions while they walk it. */
    all(): LiveAction[] {
      return [...live.values()];
    },

    /** The action of this kind in flight on this device, if any. */
    busyWith(deviceId: string, kind: RemoteActionKind): { actionId: string; state: ActionSummary['state'] } | undefined {
      const first = inFlight.get(guardKey(kind, deviceId))?.values().next().value;
      // Held before the device is re-read, so the action may not be in `live` yet.
      return first === undefined ? undefined : { actionId: first, state: live.get(first)?.summary.state ?? 'requested' };
    },
    hold(deviceId: string, actionId: string, kind: RemoteActionKind): void {
      const key = guardKey(kind, deviceId);
      inFlight.set(key, (inFlight.get(key) ?? new Set()).add(actionId));
    },
    release(deviceId: string, actionId: string): void {
      for (const kind of remoteActionKinds) {
        const key = guardKey(kind, deviceId);
        const ids = inFlight.get(key);
        ids?.delete(actionId);
        if (ids?.size === 0) inFlight.delete(key);
      }
    },

    /** Appends and waits for the fsync. A failure is reported to the diagnostic log and returned. */
    async write(entry: ActionEntryInput): Promise<Result<ActionEntry>> {
      const written = await deps.log.append(entry);
      if (!written.ok) deps.logger.error(`Action log: the ${entry.type} entry of action ${entry.actionId} was not written: ${written.error.message}`);
      return written;
    },

    /** Applies a change to an action's summary and pushes it; the summary never holds a passcode, only whether one waits. */
    update(action: LiveAction, change: Partial<ActionSummary>, at?: string): ActionSummary {
      action.summary = {
        ...action.summary,
        ...change,
        updatedAt: at ?? new Date(deps.clock.now()).toISOString(),
        passcodeAvailable: deps.vault.has(action.summary.actionId),
      };
      deps.events.emit('actionUpdated', action.summary);
      return action.summary;
    },
  };
}

export type ActionBook = ReturnType<typeof createActionBook>;
