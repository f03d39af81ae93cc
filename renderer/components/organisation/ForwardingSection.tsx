import { useId } from 'react';
import { word } from '../../../shared/messages/coded-message';
import { useFormat, useT } from '../../hooks/use-messages';
import { useNow } from '../../hooks/use-now';
import { isLocked } from '../../store/organisation-slice';
import { useStore } from '../../store/store';
import { forwardingHeadline } from './forwarding-text';
import { LockedMark } from './LockedMark';

/** Settings' central-collection group: the switch (unless the organisation locks it), the collector and where sending stands. */
export function ForwardingSection({ enabled, onToggle }: { enabled: boolean; onToggle(enabled: boolean): void }) {
  const t = useT();
  const format = useFormat();
  const now = useNow();
  const status = useStore((s) => s.forwarding);
  const policy = useStore((s) => s.policy);
  const retrying = useStore((s) => s.retryingForwarding);
  const retry = useStore((s) => s.retryForwarding);
  const lockId = useId();
  const locked = isLocked(policy, 'forwarding');
  const collector = status?.collector ?? policy?.collector?.address ?? null;

  return (
    <fieldset className="settings-group forwarding-section">
      <legend>{t.organisation.forwardingGroup}</legend>
      <p className="muted">{t.organisation.forwardingHelp}</p>
      {collector !== null && (
        <label className="choice">
          <input
            type="checkbox"
            checked={locked || enabled}
            disabled={locked}
            aria-describedby={locked ? lockId : undefined}
            onChange={(e) => onToggle(e.target.checked)}
          />
          {t.organisation.forwardingToggle}
          {locked && <LockedMark id={lockId} />}
        </label>
      )}
      {status && (
        <dl className="facts">
          {collector !== null && (
            <>
              <dt>{t.organisation.collector}</dt>
              <dd className="selectable mono">{collector}</dd>
            </>
          )}
          <dt>{t.organisation.status}</dt>
          <dd>
            <span className={`forwarding-state tone-${forwardingHeadline(status, t, format).tone}`}>{forwardingHeadline(status, t, format).text}</span>
            {status.state === 'off' && status.offReason && <span className="muted"> — {t.organisation.offReasons[status.offReason]}</span>}
            {status.state !== 'off' && status.pending === 0 && <span className="muted"> — {t.organisation.upToDate}</span>}
            {status.pending > 0 && status.behindSince && (
              <span className="muted">
                {' '}
                — {t.organisation.behindSince(format.number(status.pending), `${format.dateTime(status.behindSince)} (${format.relative(status.behindSince, now)})`)}
              </span>
            )}
          </dd>
          {status.state !== 'off' && (
            <>
              <dt>{t.organisation.lastSent}</dt>
              <dd>{status.lastDeliveredAt ? `${format.dateTime(status.lastDeliveredAt)} (${format.relative(status.lastDeliveredAt, now)})` : t.organisation.never}</dd>
            </>
          )}
          {status.lastError && (
            <>
              <dt>{t.organisation.lastError}</dt>
              <dd className="forwarding-error">{word(t.main.forwardingProblems, status.lastError)}</dd>
            </>
          )}
          {status.state === 'retrying' && status.nextAttemptAt && (
            <>
              <dt>{t.organisation.nextAttempt}</dt>
              <dd>{format.time(status.nextAttemptAt)}</dd>
            </>
          )}
        </dl>
      )}
      {status && status.state !== 'off' && (status.lastError !== null || status.pending > 0) && (
        <div className="button-row">
          <button type="button" className="button" disabled={retrying} onClick={() => void retry()}>
            {t.organisation.retry}
          </button>
        </div>
      )}
    </fieldset>
  );
}
