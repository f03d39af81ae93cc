import { neverReachedDevice, type ActionSummary } from '../../../shared/actions/action-summary';
import type { AppMessage } from '../../../shared/messages/app-message';
import { word } from '../../../shared/messages/coded-message';
import type { UnlockTokenCheck } from '../../../shared/devices/preflight';
import type { Messages } from '../../i18n/messages';

export interface ActionOutcome {
  reason: string;
  /** What to do next; null when the reason already says it. */
  next: string | null;
  /** The English the action log holds, shown when the window cannot word it (a message from an older version). */
  logged: string | null;
}

const appleModes = new Set(['ios_device', 'ipados_device']);
const workProfileModes = new Set(['android_work_profile', 'android_enterprise_corporate_work_profile']);
const deviceFailures = new Set<AppMessage['code']>(['deviceFailedApple', 'deviceFailedOther']);
const unknownOutcomes = new Set<AppMessage['code']>(['outcomeUnknownTimeout', 'outcomeUnknownStatus', 'outcomeUnknownDropped']);
const unresolvedEnds = new Set<AppMessage['code']>(['unresolvedNeverShown', 'unresolvedNotFinished', 'unresolvedNotListed']);

type Shown = Pick<ActionSummary, 'state' | 'mode' | 'error'>;

/** What the checks before the action found on the device, where the window still holds them (the opened device). */
export interface KnownBefore {
  unlockToken?: UnlockTokenCheck['state'] | null;
}

/** Intune's own error number for a failure on the device, when it gave one. */
function intuneErrorCode(say: AppMessage | undefined): string {
  return say && deviceFailures.has(say.code) ? ((say.params as { errorCode?: string }).errorCode ?? '') : '';
}

function failedOnDevice(action: Shown, t: Messages, logged: string | null, known: KnownBefore): ActionOutcome {
  const o = t.outcome;
  const apple = action.mode !== null && appleModes.has(action.mode);
  const code = intuneErrorCode(action.error?.say);
  // Intune gives no cause with the failure, but the check before the action may have found the token missing: then
  // "check the policy, then try again" would send the technician round again on a device only a wipe recovers.
  const noToken = apple && known.unlockToken === 'missing';
  const reason = noToken ? o.failedAppleNoUnlockToken : apple ? o.failedApple : o.failedAndroid;
  const next = noToken ? o.nextFailedAppleNoUnlockToken : apple ? o.nextFailedApple : o.nextFailedAndroid;
  return { reason: code ? `${reason} ${o.intuneErrorCode(code)}` : reason, next, logged };
}

/**
 * Why an action ended badly (or is in doubt) and what the technician does
 * next, in the shown language, from its state, the device's enrollment mode
 * and the coded reason main logged (main/actions/action-messages.ts). A
 * `failed` action either failed on the device (Intune said so) or never got
 * there (Graph refused the request, or it was not sent): the code tells them
 * apart. Null for states that need no explanation (done, and states still on
 * their way).
 */
export function actionOutcome(action: Shown, t: Messages, known: KnownBefore = {}): ActionOutcome | null {
  const o = t.outcome;
  const say = action.error?.say;
  const said = say ? word(t.main.appMessages, say) : null;
  // An error the window cannot word: its English, as the log keeps it, goes with the state's own words.
  const logged = action.error && !say ? action.error.message || null : null;
  switch (action.state) {
    case 'failed':
      if (action.error && neverReachedDevice(action)) {
        // Intune refused the account itself: sending again fails the same way until an administrator grants the role.
        const next = action.error.code === 'not_permitted' ? o.nextNotPermitted : o.nextRequestFailed;
        return say ? { reason: said!, next, logged: null } : { reason: t.errors[action.error.code], next, logged };
      }
      return failedOnDevice(action, t, logged, known);
    case 'notSupported':
      return action.mode !== null && workProfileModes.has(action.mode)
        ? { reason: o.notSupportedWorkProfile, next: o.nextNotSupportedWorkProfile, logged }
        : { reason: o.notSupportedOther, next: o.nextNotSupportedOther, logged };
    case 'canceled':
      return { reason: o.canceled, next: o.nextCanceled, logged };
    case 'unknown':
      return { reason: say && unknownOutcomes.has(say.code) ? said! : o.unknown, next: o.nextUnknown, logged };
    case 'unresolved':
      return say && unresolvedEnds.has(say.code) ? { reason: said!, next: null, logged: null } : { reason: t.stateHints.unresolved, next: o.nextUnresolved, logged };
    case 'refused':
      return { reason: action.error ? t.errors[action.error.code] : t.stateHints.refused, next: o.nextRefused, logged: null };
    default:
      return null;
  }
}
