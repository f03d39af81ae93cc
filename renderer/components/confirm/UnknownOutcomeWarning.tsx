import type { ActionSummary } from '../../../shared/actions/action-summary';
import { isActionState } from '../../../shared/actions/action-summary';
import type { TenantAction } from '../../../shared/audits/tenant-action';
import { useFormat, useT } from '../../hooks/use-messages';

interface Props {
  /** The device's last action in this computer's log, when its outcome is unknown. */
  ours: ActionSummary | null;
  /** An action Intune still shows unfinished long after its request (anyone's, e.g. from another computer). */
  inIntune: TenantAction | null;
  acknowledged: boolean;
  onAcknowledge(value: boolean): void;
}

/**
 * Shown when nobody knows whether the device's last passcode action ran
 * (unknown, unresolved, or closed by hand here; or still unfinished in Intune
 * long after someone asked for it): a second action could reset a passcode the
 * user has only just been given. Main asks for the same check.
 */
export function UnknownOutcomeWarning({ ours, inIntune, acknowledged, onAcknowledge }: Props) {
  const t = useT();
  const format = useFormat();
  const when = (iso: string) => format.dateTime(iso) ?? iso;
  return (
    <div className="notice notice-warning unknown-outcome-warning" role="alert">
      <p className="notice-title">{t.confirm.unknownTitle}</p>
      {ours && <p className="small">{t.confirm.unknownText(t.states[ours.state], when(ours.requestedAt))}</p>}
      {inIntune && (
        <p className="small">
          {t.confirm.unknownInIntune(isActionState(inIntune.state) ? t.states[inIntune.state] : inIntune.state, inIntune.initiatedBy ?? t.details.someone, when(inIntune.requestedAt))}
        </p>
      )}
      <label className="choice choice-strong">
        <input type="checkbox" checked={acknowledged} onChange={(e) => onAcknowledge(e.target.checked)} />
        {t.confirm.unknownAck}
      </label>
    </div>
  );
}
