import { useShallow } from 'zustand/react/shallow';
import { useFormat, useT } from '../../hooks/use-messages';
import { actionsForDevice } from '../../store/action-list';
import { useStore } from '../../store/store';
import { ActionOutcomeText } from '../actions/ActionOutcomeText';
import { StateBadge } from '../common/StateBadge';

/** This device's actions from our own log (this run and earlier ones). */
export function DeviceHistory({ deviceId }: { deviceId: string }) {
  const t = useT();
  const format = useFormat();
  const history = useStore(useShallow((s) => actionsForDevice(s.actions, deviceId)));
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title" className="section-title">
        {t.details.historyTitle}
      </h3>
      {history.length === 0 ? (
        <p className="muted small">{t.details.historyEmpty}</p>
      ) : (
        <ul className="mini-list">
          {history.map((action) => (
            <li key={action.actionId}>
              <StateBadge state={action.state} />
              <span className="mini-main">
                {t.actions.kinds[action.action]} · {format.dateTime(action.requestedAt)}
              </span>
              <span className="muted small">
                {action.technicianUpn}
                {action.ticket ? ` · ${action.ticket}` : ''}
              </span>
              <ActionOutcomeText action={action} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
