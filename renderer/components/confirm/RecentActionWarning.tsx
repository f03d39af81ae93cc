import type { TenantAction } from '../../../shared/audits/tenant-action';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { isActionState } from '../common/StateBadge';

interface Props {
  rows: readonly TenantAction[];
  acknowledged: boolean;
  onAcknowledge(value: boolean): void;
}

/** Shown when someone (anyone) acted on this device's passcode in the last 15 minutes or still is. */
export function RecentActionWarning({ rows, acknowledged, onAcknowledge }: Props) {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  return (
    <div className="notice notice-warning recent-warning" role="alert">
      <p className="notice-title">{t.confirm.recentTitle}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            {t.confirm.recentRow(
              isActionState(row.state) ? t.states[row.state] : row.state,
              row.initiatedBy ?? t.details.someone,
              `${format.relative(row.requestedAt, now) ?? ''} (${format.dateTime(row.requestedAt) ?? row.requestedAt})`,
            )}
          </li>
        ))}
      </ul>
      <label className="choice choice-strong">
        <input type="checkbox" checked={acknowledged} onChange={(e) => onAcknowledge(e.target.checked)} />
        {t.confirm.recentAck}
      </label>
    </div>
  );
}
