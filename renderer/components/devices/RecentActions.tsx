import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { useStore } from '../../store/store';
import { isActionState, StateBadge } from '../common/StateBadge';

/** Passcode actions on this device by anyone in the tenant (Graph's audit), when the tenant lets us read them. */
export function RecentActions({ deviceId }: { deviceId: string }) {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const recent = useStore((s) => (s.recent?.deviceId === deviceId ? s.recent : null));

  let body;
  if (!recent || (recent.status === 'loading' && !recent.value)) {
    body = <p className="muted small">{t.details.recentLoading}</p>;
  } else if (recent.status === 'error') {
    body = <p className="muted small">{t.details.recentFailed}</p>;
  } else if (recent.value && !recent.value.available) {
    body = (
      <div className="notice notice-info">
        <p className="notice-title">{t.details.recentUnavailable}</p>
        {recent.value.notice && <p className="small">{word(t.main.tenantActionsNotices, recent.value.notice)}</p>}
      </div>
    );
  } else if (!recent.value || recent.value.rows.length === 0) {
    body = <p className="muted small">{t.details.recentEmpty}</p>;
  } else {
    body = (
      <ul className="mini-list">
        {recent.value.rows.map((row) => (
          <li key={row.id}>
            {isActionState(row.state) ? <StateBadge state={row.state} /> : <span className="badge">{row.state}</span>}
            <span className="mini-main" title={format.dateTime(row.requestedAt) ?? undefined}>
              {format.relative(row.requestedAt, now)}
            </span>
            <span className="muted small">{t.details.by(row.initiatedBy ?? t.details.someone)}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="recent-title">
      <h3 id="recent-title" className="section-title">
        {t.details.recentTitle}
      </h3>
      {body}
    </section>
  );
}
