import type { AppError } from '../../shared/result';
import type { PasscodeMode } from '../../shared/rules/passcode-codes';
import type { GraphError } from '../graph/graph-error';

/**
 * What the technician reads when Intune reports the end of an action, or
 * when the POST's outcome is unknown. Failure causes are only named once
 * Graph reports a failure, never guessed before (the platform notes in shared/rules/passcode-decision.ts).
 */
function isApple(mode: string | null): boolean {
  return mode === 'ios_device' || mode === 'ipados_device';
}

export function failedStateError(mode: PasscodeMode | string | null, errorCode: number | null): AppError {
  const cause = isApple(mode)
    ? 'Common causes: no passcode policy applies to the device, or Intune lacks the device\'s unlock token (then only a wipe recovers it).'
    : 'A common cause: no passcode policy is enforced on the device or its work profile.';
  const code = errorCode === null ? '' : ` (error code ${errorCode})`;
  return { code: 'graph_error', message: `Intune reports that the passcode action failed on the device${code}. ${cause}` };
}

export function notSupportedStateError(mode: PasscodeMode | string | null): AppError {
  const workProfile = mode === 'android_work_profile' || mode === 'android_enterprise_corporate_work_profile';
  return {
    code: 'graph_error',
    message: workProfile
      ? 'Intune reports the action is not supported on this device: the work profile\'s passcode reset token was never activated by the user.'
      : 'Intune reports the action is not supported on this device.',
  };
}

export const canceledStateError: AppError = { code: 'cancelled', message: 'The action was canceled in Intune before it ran.' };

export function unknownOutcomeError(error: GraphError): AppError {
  const why =
    error.failure === 'timeout'
      ? 'Microsoft Graph did not answer in time'
      : error.failure === 'http'
        ? `Intune answered ${error.status}, which does not say whether it queued the action`
        : 'the connection dropped before Intune answered';
  return {
    code: 'network_error',
    message: `It is not known whether Intune received the request: ${why}. The app is checking the device's action status; do not send the action again.`,
  };
}

/** Where a technician sees what Intune did: the device itself, and the admin center's record of remote actions. */
export const whereToCheck =
  'Check the device (ask the user whether the passcode changed), and in the Intune admin center open Devices > the device > Device actions (or Tenant administration > Device actions)';

/**
 * Why an action ended without a known outcome, and what to do. `lastState` is
 * where it stood: an unknown POST Intune never showed, or a queued action
 * the device never finished.
 */
export function unresolvedError(lastState: string, seenResult: boolean): AppError {
  const why =
    lastState === 'unknown' || lastState === 'requested'
      ? 'Intune never showed this action in the device\'s action results, so it is not known whether the request reached it'
      : seenResult
        ? `Intune queued this action but did not report its end in time (last state: ${lastState}); the device may not have checked in`
        : 'Intune accepted this action but never showed it in the device\'s action results';
  return {
    code: 'outcome_unknown',
    message: `${why}. The app stopped checking. ${whereToCheck}. A new action on this device asks you to confirm twice.`,
  };
}
