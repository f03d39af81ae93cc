import type { ActionSummary } from '../../shared/actions/action-summary';
import { errorCodes, type AppError, type ErrorCode } from '../../shared/result';
import { sayOfLogged } from '../../shared/i18n/logged-say';
import type { FoldedAction } from '../../shared/log/folded-action';
import type { ActionContext } from './action-entries';

/** Summaries for the live actions log: from an action of this session, or from a row folded out of the log. */

function knownCode(code: string): ErrorCode {
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'graph_error';
}

/**
 * The log keeps an error as {code, message}; the renderer expects one of our
 * error codes, and the message's own code (`say`) where the English is one
 * main words, so an earlier run's action is told in the window's language too.
 */
export function errorFromLog(error: { code: string; message: string } | null): AppError | null {
  if (error === null) return null;
  const say = sayOfLogged(error.message);
  return say === null ? { code: knownCode(error.code), message: error.message } : { code: knownCode(error.code), message: error.message, say };
}

export function summaryFromRow(row: FoldedAction): ActionSummary {
  return {
    actionId: row.actionId,
    action: row.action,
    deviceId: row.device.id,
    deviceName: row.device.name,
    platform: row.device.platform ?? null,
    mode: row.device.mode ?? null,
    technicianUpn: row.technician.upn,
    ticket: row.ticket === '' ? null : row.ticket,
    requestedAt: row.requestedAt ?? row.lastUpdate,
    state: row.lastState,
    updatedAt: row.lastUpdate,
    error: errorFromLog(row.error),
    graphRequestId: row.graphRequestId,
    passcodeAvailable: false,
    origin: 'log',
  };
}

export function newSummary(context: ActionContext, ticket: string, at: string): ActionSummary {
  return {
    actionId: context.actionId,
    action: context.action,
    deviceId: context.device.id,
    deviceName: context.device.name,
    platform: context.device.platform ?? null,
    mode: context.device.mode ?? null,
    technicianUpn: context.technician.upn,
    ticket: ticket === '' ? null : ticket,
    requestedAt: at,
    state: 'requested',
    updatedAt: at,
    error: null,
    graphRequestId: null,
    passcodeAvailable: false,
    origin: 'session',
  };
}

/** Newest first, the order the live actions log shows. */
export function byNewest(a: ActionSummary, b: ActionSummary): number {
  return a.requestedAt < b.requestedAt ? 1 : a.requestedAt > b.requestedAt ? -1 : 0;
}
