import type { AppError } from '../../shared/result';
import type { PasscodeMode } from '../../shared/rules/passcode-codes';
import { saidError } from '../base/said-error';
import type { GraphError } from '../graph/graph-error';

/**
 * What the technician reads when Intune reports the end of an action, or
 * when the POST's outcome is unknown: a code with its values the window words
 * in its language, and the same in English for the signed action log. Failure
 * causes are only named once Graph reports a failure, never guessed before
 * (the platform notes in shared/rules/passcode-decision.ts).
 */
function isApple(mode: string | null): boolean {
  return mode === 'ios_device' || mode === 'ipados_device';
}

export function failedStateError(mode: PasscodeMode | string | null, errorCode: number | null): AppError {
  const params = { errorCode: errorCode === null ? '' : String(errorCode) };
  return saidError('graph_error', isApple(mode) ? { code: 'deviceFailedApple', params } : { code: 'deviceFailedOther', params });
}

export function notSupportedStateError(mode: PasscodeMode | string | null): AppError {
  const workProfile = mode === 'android_work_profile' || mode === 'android_enterprise_corporate_work_profile';
  return saidError('graph_error', { code: workProfile ? 'notSupportedWorkProfile' : 'notSupportedOnDevice', params: {} });
}

export const canceledStateError: AppError = saidError('cancelled', { code: 'canceledInIntune', params: {} });

export function unknownOutcomeError(error: GraphError): AppError {
  if (error.failure === 'timeout') return saidError('network_error', { code: 'outcomeUnknownTimeout', params: {} });
  if (error.failure === 'http') return saidError('network_error', { code: 'outcomeUnknownStatus', params: { status: String(error.status) } });
  return saidError('network_error', { code: 'outcomeUnknownDropped', params: {} });
}

/**
 * Why an action ended without a known outcome, and what to do. `lastState` is
 * where it stood: an unknown POST Intune never showed, or a queued action
 * the device never finished.
 */
export function unresolvedError(lastState: string, seenResult: boolean): AppError {
  if (lastState === 'unknown' || lastState === 'requested') return saidError('outcome_unknown', { code: 'unresolvedNeverShown', params: {} });
  if (seenResult) return saidError('outcome_unknown', { code: 'unresolvedNotFinished', params: { state: lastState } });
  return saidError('outcome_unknown', { code: 'unresolvedNotListed', params: {} });
}
