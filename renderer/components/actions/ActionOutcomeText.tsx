import type { ActionSummary } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { actionOutcome } from './action-outcome';

/** The reason an action ended as it did, with the next step; nothing for an action that went well. */
export function ActionOutcomeText({ action, compact = false }: { action: Pick<ActionSummary, 'deviceId' | 'state' | 'mode' | 'error' | 'graphRequestId'>; compact?: boolean }) {
  const t = useT();
  // The checks before the action, when they are the ones of this action's device (the opened one).
  const unlockToken = useStore((s) => (s.preflight?.deviceId === action.deviceId && s.preflight.value ? s.preflight.value.unlockToken.state : null));
  const outcome = actionOutcome(action, t, { unlockToken });
  if (!outcome) return null;
  return (
    <div className={`action-outcome${compact ? ' action-outcome-compact' : ''}`}>
      <p>
        <strong>{t.outcome.reasonLabel}: </strong>
        {outcome.reason}
      </p>
      {outcome.next && (
        <p>
          <strong>{t.outcome.nextLabel}: </strong>
          {outcome.next}
        </p>
      )}
      {outcome.logged && (
        <p className="muted small">
          {t.outcome.loggedAs}: <span lang="en">{outcome.logged}</span>
        </p>
      )}
      {!compact && action.graphRequestId && <p className="muted small">{t.common.requestId(action.graphRequestId)}</p>}
    </div>
  );
}
