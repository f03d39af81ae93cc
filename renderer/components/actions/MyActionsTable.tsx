import { Fragment, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { canCloseByHand, type ActionSummary } from '../../../shared/actions/action-summary';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { filterActionList } from '../../store/action-list';
import { useStore } from '../../store/store';
import { StateBadge } from '../common/StateBadge';
import { actionOutcome } from './action-outcome';
import { ActionsLoadFailed, ActionsTable, DeviceLink, RequestedAtCell } from './ActionsTable';
import { ActionOutcomeText } from './ActionOutcomeText';
import { CloseActionDialog } from './CloseActionDialog';
import { RevealDialog } from './RevealDialog';
import { RevealAgainDialog } from '../checks/RevealAgainDialog';
import { mayRevealAgain } from '../../../shared/actions/passcode-window';

/** Enough for a day's work; the review view is the place for the whole history. */
const shownRows = 300;

export function MyActionsTable() {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const total = useStore((s) => s.actions.length);
  const rows = useStore(useShallow((s) => filterActionList(s.actions, s.actionFilter).slice(0, shownRows)));
  const status = useStore((s) => s.actionsStatus);
  const error = useStore((s) => s.actionsError);
  const loadActions = useStore((s) => s.loadActions);
  const [revealing, setRevealing] = useState<ActionSummary | null>(null);
  const [revealingAgain, setRevealingAgain] = useState<ActionSummary | null>(null);
  const [closing, setClosing] = useState<ActionSummary | null>(null);

  if (status === 'error' && error) {
    return (
      <ActionsLoadFailed error={error} title={t.actions.loadFailed}>
        <button type="button" className="button" onClick={() => void loadActions()}>
          {t.common.retry}
        </button>
      </ActionsLoadFailed>
    );
  }
  if (total === 0) return <p className="table-state muted">{status === 'loading' ? t.common.loading : t.actions.empty}</p>;
  if (rows.length === 0) return <p className="table-state muted">{t.actions.noMatch}</p>;

  const c = t.actions.columns;
  const headings = [c.time, c.device, c.ticket, c.technician, c.state, c.updated, <span className="visually-hidden">{t.actions.reveal}</span>];
  return (
    <>
      <ActionsTable headings={headings}>
        {rows.map((action) => (
          <Fragment key={action.actionId}>
            <tr data-action-id={action.actionId} className={actionOutcome(action, t) ? 'has-outcome' : undefined}>
              <RequestedAtCell at={action.requestedAt} title={format.dateTime(action.requestedAt)} />
              <td>
                <DeviceLink deviceId={action.deviceId} name={action.deviceName} title={t.actions.openDevice(action.deviceName)} />
                {action.action !== 'resetPasscode' && <span className="kind-tag small"> · {t.actions.kinds[action.action]}</span>}
                {action.origin === 'log' && <span className="muted small"> · {t.actions.fromEarlierRun}</span>}
              </td>
              <td className="ticket-cell" title={action.ticket ?? undefined}>
                {action.ticket ?? <span className="muted">{t.common.notAvailable}</span>}
              </td>
              <td className="truncate">{action.technicianUpn}</td>
              <td>
                <StateBadge state={action.state} />
              </td>
              <td className="nowrap muted" title={format.dateTime(action.updatedAt) ?? undefined}>
                {format.relative(action.updatedAt, now)}
              </td>
              <td>
                {action.passcodeAvailable && (
                  <button type="button" className="button button-small" onClick={() => setRevealing(action)}>
                    {t.actions.reveal}
                  </button>
                )}
                {mayRevealAgain(action, now) && (
                  <button type="button" className="button button-small" onClick={() => setRevealingAgain(action)}>
                    {t.checks.revealAgain}
                  </button>
                )}
                {canCloseByHand(action.state) && (
                  <button type="button" className="button button-small" onClick={() => setClosing(action)}>
                    {t.actions.close}
                  </button>
                )}
              </td>
            </tr>
            {actionOutcome(action, t) && (
              <tr className="outcome-row" data-outcome-for={action.actionId}>
                <td colSpan={headings.length}>
                  <ActionOutcomeText action={action} compact />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </ActionsTable>
      {revealing && <RevealDialog action={revealing} onClose={() => setRevealing(null)} />}
      {revealingAgain && <RevealAgainDialog action={revealingAgain} onClose={() => setRevealingAgain(null)} />}
      {closing && <CloseActionDialog action={closing} onClose={() => setClosing(null)} />}
    </>
  );
}
