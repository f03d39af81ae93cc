import { useId, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { StateBadge } from '../common/StateBadge';

/**
 * Sync device: asks the device to check in now. Offered after a reset (the
 * reset reaches the device at its next check-in) and in the details panel.
 * It goes through the same action path as a reset and shows in the live
 * actions log like any action; this button follows its state live.
 */
export function SyncDeviceButton({ deviceId, ticket }: { deviceId: string; ticket: string }) {
  const t = useT();
  const hintId = useId();
  const request = useStore((s) => s.requestPasscodeAction);
  const [sending, setSending] = useState(false);
  const [actionId, setActionId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const action = useStore((s) => (actionId === null ? null : (s.actions.find((a) => a.actionId === actionId) ?? null)));

  async function sync() {
    setSending(true);
    setError(null);
    const result = await request({ action: 'syncDevice', deviceId, ticket, identityVerified: false, acknowledgedRecentActions: false });
    setSending(false);
    if (result.ok) setActionId(result.value.actionId);
    else setError(result.error);
  }

  return (
    <div className="sync-device">
      <button type="button" className="button" disabled={sending} aria-describedby={hintId} onClick={() => void sync()}>
        {sending ? t.actions.syncing : t.actions.sync}
      </button>
      {action && (
        <span className="sync-state" aria-live="polite">
          {t.actions.syncSent}: <StateBadge state={action.state} />
        </span>
      )}
      <p id={hintId} className="muted small">
        {t.actions.syncHint}
      </p>
      {error && <ErrorText error={error} title={t.actions.syncFailed} />}
    </div>
  );
}
