import { isTerminalState } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ActionAnnouncer } from './ActionAnnouncer';
import { ActionsFilter } from './ActionsFilter';
import { actionsPanelId } from './ActionsSplitter';
import { MyActionsTable } from './MyActionsTable';
import { TenantActionsTable } from './TenantActionsTable';

export function ActionsPanel() {
  const t = useT();
  const scope = useStore((s) => s.actionScope);
  const setScope = useStore((s) => s.setActionScope);
  // No action of one's own yet: the panel shrinks to its head and one line, so the device list gets the room (actions.css).
  const empty = useStore((s) => scope === 'mine' && s.actions.length === 0 && s.actionsStatus !== 'error');
  // Actions sent in this run (ended or not, so a failure's Why stays in view) or still followed, or the tenant's
  // list: the log is what the technician watches now, and takes half the workspace instead of a third (actions.css).
  const following = useStore((s) => scope === 'tenant' || s.actions.some((a) => a.origin === 'session' || !isTerminalState(a.state)));
  const className = empty ? 'actions-panel is-empty' : following ? 'actions-panel is-following' : 'actions-panel';
  return (
    <section id={actionsPanelId} className={className} aria-labelledby="actions-title">
      <div className="panel-head">
        <h2 id="actions-title" className="panel-title">
          {t.actions.title}
        </h2>
        <div className="segmented" role="group" aria-label={t.actions.scopeLabel}>
          <button type="button" className="segment" aria-pressed={scope === 'mine'} onClick={() => setScope('mine')}>
            {t.actions.scopeMine}
          </button>
          <button type="button" className="segment" aria-pressed={scope === 'tenant'} onClick={() => setScope('tenant')}>
            {t.actions.scopeTenant}
          </button>
        </div>
        <ActionsFilter />
      </div>
      <div className="panel-body">{scope === 'mine' ? <MyActionsTable /> : <TenantActionsTable />}</div>
      <ActionAnnouncer />
    </section>
  );
}
