import type { AppError } from '../../shared/result';
import { GraphError } from './graph-error';

/**
 * A failed Graph call in words a technician can act on, with the ids
 * Microsoft support asks for in `detail`. `subject` says what was being done,
 * because a 403 on a read and a 403 on resetPasscode need different roles.
 */
export type GraphSubject = 'device-list' | 'device' | 'reset' | 'audits';

export const deviceGoneMessage = 'This device no longer exists in Intune';

const forbidden: Record<GraphSubject, string> = {
  'device-list': 'your account needs permission to read managed devices (an Intune role with Managed devices > Read), and the app registration needs DeviceManagementManagedDevices.Read.All',
  device: 'your account needs permission to read managed devices (an Intune role with Managed devices > Read), and the app registration needs DeviceManagementManagedDevices.Read.All',
  reset: 'your account needs an Intune role with Remote tasks > Reset passcode (the built-in Help Desk Operator role has it), and the app registration needs the DeviceManagementManagedDevices.PrivilegedOperations.All permission with admin consent',
  audits: 'your account needs permission to read Intune audit data for remote actions',
};

function withDetail(code: AppError['code'], message: string, error: GraphError): AppError {
  const detail = error.supportDetail;
  return Object.keys(detail).length === 0 ? { code, message } : { code, message, detail };
}

function withGraphText(sentence: string, error: GraphError): string {
  return error.message && !error.message.startsWith('Microsoft Graph answered') ? `${sentence}. Intune said: ${error.message}` : sentence;
}

function httpError(error: GraphError, subject: GraphSubject): AppError {
  const status = error.status ?? 0;
  if (status === 404 && subject !== 'device-list' && subject !== 'audits') return withDetail('not_found', deviceGoneMessage, error);
  if (status === 403) return withDetail('graph_error', `Intune refused the request (403): ${forbidden[subject]}`, error);
  if (status === 401) return withDetail('not_signed_in', 'Microsoft Graph did not accept your sign-in (401): sign in again', error);
  if (status === 429) {
    const wait = error.retryAfterMs === null ? '' : ` Try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`;
    return withDetail('throttled', `Intune is limiting requests right now (429).${wait}`, error);
  }
  if (status === 400 && subject === 'reset') {
    return withDetail('graph_error', withGraphText('Intune refused the request (400); this is reported for a device whose platform does not support the action', error), error);
  }
  if (status >= 500) return withDetail('graph_error', withGraphText(`Intune is not available right now (${status})`, error), error);
  return withDetail('graph_error', withGraphText(`Intune refused the request (${status})`, error), error);
}

export function graphAppError(error: unknown, subject: GraphSubject): AppError {
  if (!(error instanceof GraphError)) return { code: 'internal', message: 'Something went wrong while talking to Microsoft Graph' };
  switch (error.failure) {
    case 'http':
      return httpError(error, subject);
    case 'not-signed-in':
      return withDetail('not_signed_in', error.message, error);
    case 'cancelled':
      return withDetail('cancelled', 'The request was cancelled', error);
    case 'timeout':
      return withDetail('network_error', `${error.message}. Check the network connection and try again.`, error);
    case 'network':
      return withDetail('network_error', `${error.message}. Check the network connection and try again.`, error);
    case 'malformed':
      return withDetail('graph_error', error.message, error);
  }
}
