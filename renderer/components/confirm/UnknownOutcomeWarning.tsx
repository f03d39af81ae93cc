import type { ActionSummary } from '../../../shared/actions/action-summary';
import { useFormat, useT } from '../../hooks/use-messages';

interface Props {
  last: ActionSummary;
  acknowledged: boolean;
  onAcknowledge(value: boolean): void;
}

/**
 * Shown when nobody knows whether the device's last passcode action ran
 * (unknown, unresolved, or closed by hand): a second action could reset a
 * passcode the user has only just been given. Main asks for the same check.
 */
export function UnknownOutcomeWarning({ last, acknowledged, onAcknowledge }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="notice notice-warning unknown-outcome-warning" role="alert">
      <p className="notice-title">{t.confirm.unknownTitle}</p>
      <p className="small">{t.confirm.unknownText(t.states[last.state], format.dateTime(last.requestedAt) ?? last.requestedAt)}</p>
      <label className="choice choice-strong">
        <input type="checkbox" checked={acknowledged} onChange={(e) => onAcknowledge(e.target.checked)} />
        {t.confirm.unknownAck}
      </label>
    </div>
  );
}
