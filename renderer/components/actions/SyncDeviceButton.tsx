import { useId, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { StateBadge } from '../common/StateBadge';
import { SyncConfirmDialog } from './SyncConfirmDialog';

/**
 * Sync device: asks the device to check in now. Offered after a reset (the
 * reset reaches the device at its next check-in) and in the details panel.
 * It goes through the same action path as a reset and shows in the live
 * actions log like any action; this button follows its state live. Given
 * `confirmFor` (a device name), it asks first: the details panel does, the
 * progress dialog, already inside a confirmed action, does not.
 * `nothingQueued`: the reset it was offered for has ended, so "a queued action
 * reaches it sooner" would no longer be true; the hint then says what a sync
 * still does (the device reports its current state).
 * `unavailableId`: the sign-in lacks the permission a sync is sent with; the button is off and described by that note.
 */
export function SyncDeviceButton({ deviceId, ticket, confirmFor, nothingQueued = false, unavailableId }: { deviceId: string; ticket: string; confirmFor?: string; nothingQueued?: boolean; unavailableId?: string | undefined }) {
  const t = useT();
  const hintId = useId();
  const request = useStore((s) => s.requestPasscodeAction);
  const [sending, setSending] = useState(false);
  const [actionId, setActionId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const action = useStore((s) => (actionId === null ? null : (s.actions.find((a) => a.actionId === actionId) ?? null)));

  async function sync() {
    setConfirming(false);
    setSending(true);
    setError(null);
    const result = await request({ action: 'syncDevice', deviceId, ticket, identityVerified: false, acknowledgedRecentActions: false });
    setSending(false);
    if (result.ok) setActionId(result.value.actionId);
    else setError(result.error);
  }

  return (
    <div className="sync-device">
      <button type="button" className="button" disabled={sending || unavailableId !== undefined} aria-describedby={unavailableId ?? hintId} onClick={() => (confirmFor === undefined ? void sync() : setConfirming(true))}>
        {sending ? t.actions.syncing : t.actions.sync}
      </button>
      {action && (
        <span className="sync-state" aria-live="polite">
          {t.actions.syncSent}: <StateBadge state={action.state} />
        </span>
      )}
      <p id={hintId} className="muted small">
        {nothingQueued ? t.actions.syncHintAfterEnd : t.actions.syncHint}
      </p>
      {error && <ErrorText error={error} title={t.actions.syncFailed} />}
      {confirming && confirmFor !== undefined && <SyncConfirmDialog deviceName={confirmFor} onConfirm={() => void sync()} onClose={() => setConfirming(false)} />}
    </div>
  );
}
