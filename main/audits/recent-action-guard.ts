import { err } from '../../shared/result';
import type { HandlerGroup } from '../base/ipc/handlers';
import type { TenantActionsService } from './tenant-actions-service';

type ActionChannels = 'requestPasscodeAction' | 'listActions' | 'revealPasscode';

/**
 * Main enforces what the dialog asks: if anyone acted on this device minutes
 * ago (or an action is still under way), a new one needs the technician's
 * explicit second confirmation. The renderer's view may be stale, so the
 * check runs again here, on fresh audits, before the action service runs.
 */
export function guardRecentActions(group: HandlerGroup<ActionChannels>, audits: TenantActionsService): HandlerGroup<ActionChannels> {
  return {
    ...group,
    requestPasscodeAction: async (request, context) => {
      if (!request.acknowledgedRecentActions) {
        const recent = await audits.recentFor(request.deviceId);
        if (recent.ok && recent.value.warn) {
          return err('confirmation_required', 'A passcode action on this device is under way or was taken in the last 15 minutes. Check it, then confirm again to send another.', {
            recent: recent.value.rows.slice(0, 5),
          });
        }
      }
      return group.requestPasscodeAction(request, context);
    },
  };
}
