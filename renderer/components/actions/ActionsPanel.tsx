import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ActionAnnouncer } from './ActionAnnouncer';
import { ActionsFilter } from './ActionsFilter';
import { MyActionsTable } from './MyActionsTable';
import { TenantActionsTable } from './TenantActionsTable';

export function ActionsPanel() {
  const t = useT();
  const scope = useStore((s) => s.actionScope);
  const setScope = useStore((s) => s.setActionScope);
  // No action of one's own yet: the panel shrinks to its head and one line, so the device list gets the room (actions.css).
  const empty = useStore((s) => scope === 'mine' && s.actions.length === 0 && s.actionsStatus !== 'error');
  return (
    <section className={empty ? 'actions-panel is-empty' : 'actions-panel'} aria-labelledby="actions-title">
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
