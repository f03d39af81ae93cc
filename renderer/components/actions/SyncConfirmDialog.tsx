import { useT } from '../../hooks/use-messages';
import { QuestionDialog } from '../common/QuestionDialog';

/**
 * The one question before a sync started from the details panel: a sync changes
 * nothing on the device, but it is an action in the signed log under the
 * technician's name, so a stray click should not write one. Focus starts on
 * Cancel for the same reason.
 */
export function SyncConfirmDialog({ deviceName, onConfirm, onClose }: { deviceName: string; onConfirm(): void; onClose(): void }) {
  const t = useT();
  return (
    <QuestionDialog
      title={t.actions.syncConfirmTitle(deviceName)}
      safeLabel={t.common.cancel}
      confirmLabel={t.actions.sync}
      onConfirm={onConfirm}
      onClose={onClose}
      className="sync-confirm-dialog"
    >
      <p>{t.actions.syncHint}</p>
      <p className="muted small">{t.actions.syncLogged}</p>
    </QuestionDialog>
  );
}
