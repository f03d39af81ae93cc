import type { DecisionText } from '../../i18n/decision-text';
import type { Messages } from '../../i18n/messages';

/**
 * The action's short name ("Remove", "Reset") under the column's "Passcode action" header when the
 * device is eligible, "Not supported" when it is not: short enough never to be cut at 1280 px, in
 * either language. The full name, or the reason, is the tooltip.
 *
 * When the sign-in was not granted the permission every passcode action is sent with, an eligible
 * device says "Not allowed": the panel switches the action off on every device, and a column that
 * still said "Remove" would tell the technician the opposite.
 */
export function EligibilityBadge({ decision, devices, signInAllowsActions }: { decision: DecisionText; devices: Messages['devices']; signInAllowsActions: boolean }) {
  if (decision.eligible && decision.actionKind !== null && !signInAllowsActions) {
    return (
      <span className="badge badge-not-allowed" title={devices.actionNotAllowedTitle}>
        {devices.actionNotAllowed}
      </span>
    );
  }
  return decision.eligible && decision.actionKind !== null ? (
    <span className="badge badge-eligible" title={decision.actionLabel ?? undefined}>
      {devices.actionShort[decision.actionKind]}
    </span>
  ) : (
    <span className="badge badge-ineligible" title={decision.text}>
      {devices.notSupported}
    </span>
  );
}
