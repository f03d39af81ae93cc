import type { TenantAction } from '../../../shared/audits/tenant-action';
import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { useStore } from '../../store/store';

/**
 * A request for this device that Graph refused (403, 429, 400) or that was
 * never sent, lately. It is not a recent action (nothing reached the device,
 * so it asks for no second confirmation), but a technician still wants to
 * know a colleague just tried, and why it was refused: a 429 or a missing
 * role will refuse the next request too.
 */
export function RefusedAttemptNote({ rows }: { rows: readonly TenantAction[] }) {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const actions = useStore((s) => s.actions);
  return (
    <div className="notice notice-info refused-attempt" data-testid="refused-attempt">
      <p className="notice-title">{t.confirm.refusedTitle}</p>
      <ul>
        {rows.map((row) => {
          const say = actions.find((action) => action.actionId === row.actionId)?.error?.say;
          const when = `${format.relative(row.requestedAt, now) ?? ''} (${format.dateTime(row.requestedAt) ?? row.requestedAt})`;
          return (
            <li key={row.id}>
              {t.confirm.refusedRow(row.initiatedBy ?? t.details.someone, when)}
              {say && <span className="small"> {word(t.main.appMessages, say)}</span>}
            </li>
          );
        })}
      </ul>
      <p className="small">{t.confirm.refusedText}</p>
    </div>
  );
}
