import type { PasscodeActionRequest } from '../../shared/actions/action-summary';
import type { DeviceRecentActions } from '../../shared/audits/tenant-action';
import type { Result } from '../../shared/result';
import { remoteActionTraits } from '../../shared/remote-actions/remote-action';
import { errSaid } from '../base/said-error';

/** Who else acted on a device lately; filled in by the tenant-wide actions service (main/audits/). */
export interface RecentActions {
  recentFor(deviceId: string): Promise<Result<DeviceRecentActions>>;
}

/**
 * Main enforces what the dialog asks: if anyone acted on this device minutes
 * ago (or an action is still under way), a new one needs the technician's
 * explicit second confirmation. The renderer's view may be stale, so the
 * check runs again here, on fresh audits, before the action service runs.
 * Answers the refusal, or null when the request may go ahead.
 */
export async function confirmRecentActions(request: PasscodeActionRequest, recent: RecentActions): Promise<Result<never> | null> {
  if (!remoteActionTraits[request.action ?? 'resetPasscode'].confirmsRecentActions) return null;
  if (request.acknowledgedRecentActions && request.acknowledgedUnknownOutcome === true) return null;
  const found = await recent.recentFor(request.deviceId);
  // A check that could not run never blocks: the technician is told in the dialog, and our own log is still asked.
  if (!found.ok) return null;
  const open = found.value.unknownOutcome;
  if (open && request.acknowledgedUnknownOutcome !== true) {
    return errSaid('confirmation_required', { code: 'unknownOutcomeIntune', params: {} }, { recent: [open], unknownOutcome: true });
  }
  if (!found.value.warn || request.acknowledgedRecentActions) return null;
  return errSaid('confirmation_required', { code: 'recentAction', params: {} }, {
    recent: found.value.rows.slice(0, 5),
  });
}
