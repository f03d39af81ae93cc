import { isBehindTooLong } from '../../../shared/forwarding/forwarding-status';
import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { useStore } from '../../store/store';

/**
 * Under the header on every view when the collector has been missing this
 * desk's entries for over an hour: the one place a technician cannot miss it.
 */
export function ForwardingWarning() {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const status = useStore((s) => s.forwarding);
  const retrying = useStore((s) => s.retryingForwarding);
  const retry = useStore((s) => s.retryForwarding);
  if (!status || !isBehindTooLong(status, now)) return null;
  return (
    <div className="forwarding-warning" role="alert">
      <div className="forwarding-warning-text">
        <p className="notice-title">{t.organisation.warningTitle}</p>
        <p>
          {t.organisation.warningBody(format.number(status.pending), format.dateTime(status.behindSince) ?? '')}
          {status.lastError && (
            <>
              {' '}
              {t.organisation.lastError}: {word(t.main.forwardingProblems, status.lastError)}
            </>
          )}
        </p>
      </div>
      <button type="button" className="button" disabled={retrying} onClick={() => void retry()}>
        {t.organisation.retry}
      </button>
    </div>
  );
}
