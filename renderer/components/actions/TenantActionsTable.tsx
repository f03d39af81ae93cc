import { word } from '../../../shared/messages/coded-message';
import { useEffect } from 'react';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { foldText } from '../../../shared/devices/fold-text';
import { useStore } from '../../store/store';
import { ActionsLoadFailed, ActionsTable, DeviceLink, RequestedAtCell } from './ActionsTable';
import { isActionState, StateBadge } from '../common/StateBadge';

/** Every passcode action in the tenant (Graph's audit, merged with our log by main). */
export function TenantActionsTable() {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const tenant = useStore((s) => s.tenantActions);
  const status = useStore((s) => s.tenantStatus);
  const error = useStore((s) => s.tenantError);
  const filter = useStore((s) => s.actionFilter);
  const load = useStore((s) => s.loadTenantActions);

  useEffect(() => {
    if (useStore.getState().tenantStatus === 'idle') void load(false);
  }, [load]);

  const refresh = (
    <div className="panel-note">
      {tenant?.refreshedAt && <span className="muted small">{t.actions.tenantRefreshedAt(format.time(tenant.refreshedAt) ?? '')}</span>}
      <button type="button" className="button-quiet" disabled={status === 'loading'} onClick={() => void load(true)}>
        {t.actions.tenantRefresh}
      </button>
    </div>
  );

  if (status === 'error' && error) {
    return <ActionsLoadFailed error={error}>{refresh}</ActionsLoadFailed>;
  }
  if (!tenant) return <p className="table-state muted">{t.common.loading}</p>;
  if (!tenant.available) {
    return (
      <div className="table-state">
        <div className="notice notice-info">
          <p className="notice-title">{t.actions.tenantUnavailable}</p>
          {tenant.notice && <p className="small">{word(t.main.tenantActionsNotices, tenant.notice)}</p>}
        </div>
        {refresh}
      </div>
    );
  }

  const text = foldText(filter.text.trim());
  const rows = tenant.rows.filter(
    (row) =>
      (filter.state === 'all' || row.state === filter.state) &&
      (text === '' || [row.deviceName, row.initiatedBy].some((v) => v !== null && foldText(v).includes(text))),
  );

  return (
    <>
      {refresh}
      {rows.length === 0 ? (
        <p className="table-state muted">{tenant.rows.length === 0 ? t.actions.tenantEmpty : t.actions.noMatch}</p>
      ) : (
        <ActionsTable headings={[t.actions.columns.time, t.actions.columns.device, t.actions.columns.by, t.actions.columns.state]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <RequestedAtCell at={row.requestedAt} title={format.relative(row.requestedAt, now)} />
              <td>
                {row.deviceId ? <DeviceLink deviceId={row.deviceId} name={row.deviceName ?? row.deviceId} /> : (row.deviceName ?? t.common.unknown)}
                {row.actionId && <span className="muted small"> · {t.actions.ours}</span>}
              </td>
              <td className="truncate">{row.initiatedBy ?? t.common.unknown}</td>
              <td>{isActionState(row.state) ? <StateBadge state={row.state} /> : <span className="badge">{row.state}</span>}</td>
            </tr>
          ))}
        </ActionsTable>
      )}
    </>
  );
}
