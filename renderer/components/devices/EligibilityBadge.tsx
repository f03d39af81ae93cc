import type { DecisionText } from '../../i18n/decision-text';

/** The action's own name when the device is eligible, "Not supported" when it is not. */
export function EligibilityBadge({ decision, notSupported }: { decision: DecisionText; notSupported: string }) {
  return decision.eligible ? (
    <span className="badge badge-eligible">{decision.actionLabel}</span>
  ) : (
    <span className="badge badge-ineligible" title={decision.text}>
      {notSupported}
    </span>
  );
}
