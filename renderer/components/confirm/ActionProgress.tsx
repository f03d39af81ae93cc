import { useEffect, useState } from 'react';
import type { ActionState } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { StateBadge } from '../common/StateBadge';
import { PasscodeReveal } from '../actions/PasscodeReveal';

const steps: readonly ActionState[] = ['requested', 'accepted', 'pending', 'active', 'done'];
const stepOf: Partial<Record<ActionState, number>> = { requested: 0, accepted: 1, unknown: 1, pending: 2, active: 3, done: 4 };

/** The action just sent, following its state live from `actionUpdated` events. */
export function ActionProgress({ actionId, deviceName }: { actionId: string; deviceName: string }) {
  const t = useT();
  const action = useStore((s) => s.actions.find((a) => a.actionId === actionId) ?? null);
  // Once offered, the reveal stays mounted: main clears `passcodeAvailable` as it hands the passcode over.
  const [revealOffered, setRevealOffered] = useState(false);
  const available = action?.passcodeAvailable === true;
  useEffect(() => {
    if (available) setRevealOffered(true);
  }, [available]);
  if (!action) return null;
  const reached = stepOf[action.state] ?? -1;
  return (
    <section className="action-progress" aria-labelledby="progress-title">
      <h3 id="progress-title" className="section-title">
        {t.confirm.sentTitle}
      </h3>
      <p className="small">{t.confirm.sentText}</p>
      <ol className="stepper" aria-hidden="true">
        {steps.map((step, i) => (
          <li key={step} className={i < reached ? 'step-done' : i === reached ? 'step-current' : 'step-todo'}>
            {t.states[step]}
          </li>
        ))}
      </ol>
      <p className="progress-state" role="status">
        {t.confirm.progress}: <StateBadge state={action.state} /> <span className="muted small">{t.stateHints[action.state]}</span>
      </p>
      {action.error && <ErrorText error={{ ...action.error, detail: { ...action.error.detail, graphRequestId: action.graphRequestId } }} />}
      {!action.error && action.graphRequestId && <p className="muted small">{t.common.requestId(action.graphRequestId)}</p>}
      {(available || revealOffered) && <PasscodeReveal actionId={action.actionId} deviceName={deviceName} />}
    </section>
  );
}
