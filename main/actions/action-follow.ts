import type { AppError } from '../../shared/result';
import type { TrackedState } from '../../shared/log/log-entry';
import type { Logger } from '../base/logger';
import type { Clock } from '../base/clock';
import type { GraphClient } from '../graph/graph-client';
import type { ActionBook, LiveAction } from './action-book';
import { entry } from './action-entries';
import { canceledStateError, failedStateError, notSupportedStateError, unresolvedError } from './action-messages';
import { trackAction, type TrackerTiming } from './action-tracker';
import { isTerminalResult, type ActionResult } from './match-action-result';
import type { PasscodeVault } from './passcode-vault';

/**
 * Wires the tracker to the book: each state change Intune reports becomes a
 * `state` entry in the log (written before it is shown) and an
 * `actionUpdated` event; a generated passcode goes to the vault only.
 */
export interface FollowDeps {
  book: ActionBook;
  graph: GraphClient;
  clock: Clock;
  timing: TrackerTiming;
  logger: Logger;
  vault: PasscodeVault;
  /** The service has closed (app quit, tenant switch): nothing new may start following. */
  isClosed(): boolean;
}

function stateError(state: TrackedState, mode: string | null, result: ActionResult): AppError | null {
  switch (state) {
    case 'failed':
      return failedStateError(mode, result.errorCode);
    case 'notSupported':
      return notSupportedStateError(mode);
    case 'canceled':
      return canceledStateError;
    default:
      return null;
  }
}

async function onResult(deps: FollowDeps, action: LiveAction, result: ActionResult, requestId: string | null): Promise<void> {
  const { book, vault } = deps;
  let at: string | undefined;
  let changed = false;
  if (result.passcode !== null && !action.passcodeSeen) {
    action.passcodeSeen = true;
    vault.put(action.context.actionId, result.passcode);
    changed = true;
  }
  if (result.state !== 'none' && result.state !== action.reported) {
    const state = result.state;
    const error = stateError(state, action.summary.mode, result);
    const written = await book.write(entry('state', action.context, { state, graphRequestId: requestId, error }));
    action.reported = state;
    at = written.ok ? written.value.time : undefined;
    // Free the device before anyone hears of the end, so a new action right after it is not refused.
    if (isTerminalResult(state)) book.release(action.context.device.id, action.context.actionId);
    book.update(action, { state, error }, at);
    return;
  }
  if (changed) book.update(action, {}, at);
}

/**
 * The time allowed ran out with no end reported: the action ends `unresolved`, in the log first,
 * so no later start resumes it and its device is free; the message says what to check.
 */
async function endUnresolved(deps: FollowDeps, action: LiveAction, seenResult: boolean): Promise<void> {
  const { book } = deps;
  const { actionId, device } = action.context;
  const error = unresolvedError(action.summary.state, seenResult);
  const written = await book.write(entry('unresolved', action.context, { error }));
  if (!written.ok) return; // the log keeps it unfinished: the next start tries again
  deps.logger.warn(`Action ${actionId} on ${device.name} ended unresolved: ${error.message}`);
  book.release(device.id, actionId);
  book.update(action, { state: 'unresolved', error }, written.value.time);
}

/** Starts following an accepted, unknown or resumed action; releases the device's guard when following ends. */
export function follow(deps: FollowDeps, action: LiveAction, requestedAtMs: number): void {
  const { book } = deps;
  const { actionId, device } = action.context;
  // A POST that was answered after close() must not start a tracker nobody stops: the log keeps
  // the action unfinished, and the next service (next start, or this tenant again) resumes it.
  if (deps.isClosed()) return book.release(device.id, actionId);
  const stop = new AbortController();
  action.stop = stop;
  // Intune's 204 (or a state it reported since) says the action was queued; otherwise its fate is open.
  const accepted = action.summary.state !== 'requested' && action.summary.state !== 'unknown';
  action.following = trackAction(
    deps,
    { actionId, deviceId: device.id, requestedAtMs, accepted, actionName: action.context.action },
    {
      onResult: (result, requestId) => onResult(deps, action, result, requestId),
      async onDeviceGone(message, detail) {
        const error: AppError = detail ? { code: 'not_found', message, detail } : { code: 'not_found', message };
        const written = await book.write(entry('failed', action.context, { error }));
        book.release(device.id, actionId);
        book.update(action, { state: 'failed', error }, written.ok ? written.value.time : undefined);
      },
    },
    stop.signal,
  )
    .then(async (end) => {
      if (typeof end === 'object') await endUnresolved(deps, action, end.seenResult);
    })
    .catch((error: unknown) => deps.logger.error(`Following action ${actionId} failed`, error))
    .finally(() => {
      action.stop = undefined;
      book.release(device.id, actionId);
    });
}
