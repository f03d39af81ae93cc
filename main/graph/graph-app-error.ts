import { sharedEn } from '../../shared/i18n/en';
import type { AppMessage } from '../../shared/messages/app-message';
import { word } from '../../shared/messages/coded-message';
import type { AppError } from '../../shared/result';
import { tidy } from '../auth/auth-errors';
import { GraphError } from './graph-error';

/**
 * A failed Graph call in words a technician can act on, with the ids
 * Microsoft support asks for in `detail`. `subject` says what was being done,
 * because a 403 on a read and a 403 on resetPasscode need different roles.
 */
export type GraphSubject = 'device-list' | 'device' | 'reset' | 'audits';

export const deviceGone: AppMessage = { code: 'deviceGone', params: {} };

const forbidden: Record<GraphSubject, AppMessage> = {
  'device-list': { code: 'graphForbiddenRead', params: {} },
  device: { code: 'graphForbiddenRead', params: {} },
  reset: { code: 'graphForbiddenReset', params: {} },
  audits: { code: 'graphForbiddenAudits', params: {} },
};

/**
 * What an Intune administrator may have to grant for a refused call, in the
 * order worth checking; the renderer names each in the shown language.
 */
export const missingForSubject: Record<GraphSubject, readonly string[]> = {
  'device-list': ['intune-role-read', 'intune-licence', 'scope-read'],
  device: ['intune-role-read', 'intune-licence', 'scope-read'],
  reset: ['intune-role-reset', 'intune-licence', 'scope-privileged'],
  audits: ['intune-role-audit', 'intune-licence', 'scope-read'],
};

const missingInWords: Record<string, string> = {
  'intune-role-read': 'an Intune role with Managed devices > Read',
  'intune-role-reset': 'an Intune role with Remote tasks > Reset passcode (Help Desk Operator has it)',
  'intune-role-audit': 'an Intune role that can read remote action audits',
  'intune-licence': 'an Intune licence for your account',
  'scope-read': 'admin consent for DeviceManagementManagedDevices.Read.All',
  'scope-privileged': 'admin consent for DeviceManagementManagedDevices.PrivilegedOperations.All',
};

/** Intune refused the account itself (a nested Forbidden, under a 401 or a 403): no sign-in can fix it. */
function notPermitted(error: GraphError, subject: GraphSubject): AppError {
  const missing = missingForSubject[subject];
  const message = `Intune refused this account (${error.status ?? 0}, ${error.innerCode ?? 'Forbidden'}): one of these is missing: ${missing.map((m) => missingInWords[m]).join('; ')}`;
  return { code: 'not_permitted', message, detail: { ...error.supportDetail, subject, missing: [...missing] } };
}

/** A code the window words (`say`), its English for the log, and the ids Microsoft support asks for. */
function withDetail(code: AppError['code'], say: AppMessage, error: GraphError): AppError {
  const detail = error.supportDetail;
  const message = word(sharedEn.appMessages, say);
  return Object.keys(detail).length === 0 ? { code, message, say } : { code, message, say, detail };
}

/** Intune's own words, when it gave some: shown as they are (Microsoft's text), tidied of anything token-like. */
function graphText(error: GraphError): string {
  return error.message && !error.message.startsWith('Microsoft Graph answered') ? tidy(error.message) : '';
}

const longestWaitToRepeatMs = 24 * 60 * 60 * 1000;

function httpError(error: GraphError, subject: GraphSubject): AppError {
  const status = error.status ?? 0;
  if (error.refusedAccount) return notPermitted(error, subject);
  if (status === 404 && subject !== 'device-list' && subject !== 'audits') return withDetail('not_found', { code: 'deviceGone', params: {} }, error);
  if (status === 403) return withDetail('graph_error', forbidden[subject], error);
  if (status === 401) return withDetail('not_signed_in', { code: 'graphSignInRejected', params: {} }, error);
  if (status === 429) {
    // A wait of more than a day is no throttling advice Intune gives: a broken or hostile answer, not worth repeating.
    const wait = error.retryAfterMs !== null && error.retryAfterMs <= longestWaitToRepeatMs ? error.retryAfterMs : null;
    const say: AppMessage = wait === null ? { code: 'graphThrottledNoWait', params: {} } : { code: 'graphThrottled', params: { seconds: String(Math.ceil(wait / 1000)) } };
    return withDetail('throttled', say, error);
  }
  if (status === 400 && subject === 'reset') {
    return withDetail('graph_error', { code: 'graphResetRefused', params: { said: graphText(error) } }, error);
  }
  if (status >= 500) return withDetail('graph_error', { code: 'graphUnavailable', params: { status: String(status), said: graphText(error) } }, error);
  return withDetail('graph_error', { code: 'graphRefused', params: { status: String(status), said: graphText(error) } }, error);
}

export function graphAppError(error: unknown, subject: GraphSubject): AppError {
  if (!(error instanceof GraphError)) {
    const say: AppMessage = { code: 'graphInternal', params: {} };
    return { code: 'internal', message: word(sharedEn.appMessages, say), say };
  }
  switch (error.failure) {
    case 'http':
      return httpError(error, subject);
    case 'not-signed-in':
      return { ...withDetail('not_signed_in', { code: 'signInExpired', params: {} }, error), message: error.message };
    case 'cancelled':
      return withDetail('cancelled', { code: 'graphCancelled', params: {} }, error);
    case 'timeout':
      return withDetail('network_error', { code: 'graphTimeout', params: {} }, error);
    case 'network':
      // A coded cause (PROXY_407, ECONNREFUSED, ...) the window words in its language; else main's English sentence.
      return withDetail('network_error', { code: 'graphNetwork', params: { detail: error.networkCause ?? tidy(error.message) } }, error);
    case 'malformed':
      return withDetail('graph_error', { code: 'graphMalformed', params: { detail: tidy(error.message) } }, error);
  }
}
