import { useEffect, useState } from 'react';
import { isTerminalState, type ActionState } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { StateBadge } from '../common/StateBadge';
import { actionOutcome } from '../actions/action-outcome';
import { ActionOutcomeText } from '../actions/ActionOutcomeText';
import { PasscodeReveal } from '../actions/PasscodeReveal';
import { SyncDeviceButton } from '../actions/SyncDeviceButton';

const steps: readonly ActionState[] = ['requested', 'accepted', 'pending', 'active', 'done'];
// A queued reset waits for the device's next check-in: while it waits, a sync brings that check-in forward.
const waitingForDevice: ReadonlySet<ActionState> = new Set(['accepted', 'unknown', 'pending', 'active']);
const lastStep = steps.length - 1;

/**
 * How far along the way an action got, and whether its last step went wrong.
 * A device that reports failure or "not supported" got the request (Intune
 * accepted it and the device checked in), so the steps before the end are
 * done and only the end is marked; a cancel happens in Intune's queue.
 */
export function progressOf(state: ActionState): { reached: number; endedBadly: boolean } {
  switch (state) {
    case 'requested':
      return { reached: 0, endedBadly: false };
    case 'accepted':
    case 'unknown':
      return { reached: 1, endedBadly: false };
    case 'pending':
      return { reached: 2, endedBadly: false };
    case 'active':
      return { reached: 3, endedBadly: false };
    case 'done':
      return { reached: lastStep, endedBadly: false };
    case 'failed':
    case 'notSupported':
      return { reached: lastStep, endedBadly: true };
    case 'canceled':
      return { reached: 2, endedBadly: true };
    case 'refused':
      return { reached: 0, endedBadly: true };
    // Sent, and then nobody learned what happened: the step after sending is where it stopped.
    case 'unresolved':
    case 'closed':
      return { reached: 1, endedBadly: true };
  }
}

function stepClass(i: number, reached: number, endedBadly: boolean, state: ActionState): string {
  if (i < reached) return 'step-done';
  if (i > reached) return 'step-todo';
  if (endedBadly) return 'step-failed';
  return state === 'done' ? 'step-done' : 'step-current';
}

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
  // Once offered, Sync device stays too: its own state follows the sync, and focus is not lost when the reset ends.
  const waiting = action !== null && action.action === 'resetPasscode' && waitingForDevice.has(action.state);
  const [syncOffered, setSyncOffered] = useState(false);
  useEffect(() => {
    if (waiting) setSyncOffered(true);
  }, [waiting]);
  if (!action) return null;
  const { reached, endedBadly } = progressOf(action.state);
  // The step where it ended carries the end state's own name ("Not supported", not a grey "Done").
  const label = (step: ActionState, i: number) => (i === reached && endedBadly ? t.states[action.state] : t.states[step]);
  const explained = actionOutcome(action, t) !== null;
  return (
    <section className="action-progress" aria-labelledby="progress-title">
      <h3 id="progress-title" className="section-title">
        {t.confirm.sentTitle}
      </h3>
      {/* "Intune carries it out at the next check-in" is true only while it is on its way. */}
      <p className="small">{isTerminalState(action.state) ? t.confirm.endedText : t.confirm.sentText}</p>
      <ol className="stepper" aria-hidden="true">
        {steps.map((step, i) => (
          <li key={step} className={stepClass(i, reached, endedBadly, action.state)}>
            {label(step, i)}
          </li>
        ))}
      </ol>
      <p className="progress-state" role="status">
        {t.confirm.progress}: <StateBadge state={action.state} /> <span className="muted small">{t.stateHints[action.state]}</span>
      </p>
      {explained ? (
        <ActionOutcomeText action={action} />
      ) : (
        <>
          {action.error && <ErrorText error={{ ...action.error, detail: { ...action.error.detail, graphRequestId: action.graphRequestId } }} />}
          {!action.error && action.graphRequestId && <p className="muted small">{t.common.requestId(action.graphRequestId)}</p>}
        </>
      )}
      {(available || revealOffered) && <PasscodeReveal actionId={action.actionId} deviceName={deviceName} />}
      {(waiting || syncOffered) && <SyncDeviceButton deviceId={action.deviceId} ticket={action.ticket ?? ''} nothingQueued={!waiting} />}
    </section>
  );
}
