import { neverReachedDevice, type ActionSummary } from '../../../shared/actions/action-summary';
import type { AppMessage } from '../../../shared/messages/app-message';
import { word } from '../../../shared/messages/coded-message';
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

/** Intune's own error number for a failure on the device, when it gave one. */
function intuneErrorCode(say: AppMessage | undefined): string {
  return say && deviceFailures.has(say.code) ? ((say.params as { errorCode?: string }).errorCode ?? '') : '';
}

function failedOnDevice(action: Shown, t: Messages, logged: string | null): ActionOutcome {
  const o = t.outcome;
  const apple = action.mode !== null && appleModes.has(action.mode);
  const code = intuneErrorCode(action.error?.say);
  const reason = apple ? o.failedApple : o.failedAndroid;
  return { reason: code ? `${reason} ${o.intuneErrorCode(code)}` : reason, next: apple ? o.nextFailedApple : o.nextFailedAndroid, logged };
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
export function actionOutcome(action: Shown, t: Messages): ActionOutcome | null {
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
      return failedOnDevice(action, t, logged);
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
