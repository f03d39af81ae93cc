import type { ActionSummary } from '../../../shared/actions/action-summary';
import type { Messages } from '../../i18n/messages';

export interface ActionOutcome {
  reason: string;
  next: string;
}

const appleModes = new Set(['ios_device', 'ipados_device']);
const workProfileModes = new Set(['android_work_profile', 'android_enterprise_corporate_work_profile']);

/**
 * Why an action ended badly (or is in doubt) and what the technician does
 * next, in the shown language, from its state and the device's enrollment
 * mode: the same causes main names when Intune reports the end state
 * (main/actions/action-messages.ts). Null for states that need no
 * explanation (done, and states still on their way).
 */
export function actionOutcome(action: Pick<ActionSummary, 'state' | 'mode' | 'error'>, t: Messages): ActionOutcome | null {
  const o = t.outcome;
  const apple = action.mode !== null && appleModes.has(action.mode);
  switch (action.state) {
    case 'failed':
      return apple ? { reason: o.failedApple, next: o.nextFailedApple } : { reason: o.failedAndroid, next: o.nextFailedAndroid };
    case 'notSupported':
      return action.mode !== null && workProfileModes.has(action.mode)
        ? { reason: o.notSupportedWorkProfile, next: o.nextNotSupportedWorkProfile }
        : { reason: o.notSupportedOther, next: o.nextNotSupportedOther };
    case 'canceled':
      return { reason: o.canceled, next: o.nextCanceled };
    case 'unknown':
      return { reason: o.unknown, next: o.nextUnknown };
    case 'refused':
      return { reason: action.error ? t.errors[action.error.code] : t.stateHints.refused, next: o.nextRefused };
    default:
      return null;
  }
}
