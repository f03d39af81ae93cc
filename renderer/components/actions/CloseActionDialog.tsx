import { useId, useRef, useState } from 'react';
import type { ActionSummary } from '../../../shared/actions/action-summary';
import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { Modal } from '../common/Modal';

/**
 * Closes an action of unknown outcome by hand: the technician checked the
 * device and the portal's Device actions, and writes down what they found.
 * Main logs the note with their name and frees the device.
 */
export function CloseActionDialog({ action, onClose }: { action: ActionSummary; onClose(): void }) {
  const t = useT();
  const id = useId();
  const closeAction = useStore((s) => s.closeAction);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function confirm() {
    setSending(true);
    setError(null);
    const result = await closeAction(action.actionId, note.trim());
    setSending(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} closable={!sending} initialFocus={noteRef} className="close-action-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.actions.closeTitle(action.deviceName)}</h2>
      </div>
      <div className="modal-body">
        <p id={`${id}-intro`}>{t.actions.closeIntro}</p>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t.actions.closeNote}</label>
          <textarea ref={noteRef} id={`${id}-note`} rows={4} maxLength={2000} value={note} disabled={sending} onChange={(e) => setNote(e.target.value)} />
        </div>
        {error && (
          <div className="notice notice-error" role="alert">
            <ErrorText error={error} title={t.actions.closeFailed} />
          </div>
        )}
      </div>
      <div className="modal-footer">
        <button type="button" className="button" disabled={sending} onClick={onClose}>
          {t.common.cancel}
        </button>
        <button type="button" className="button button-danger" disabled={sending || note.trim() === ''} onClick={() => void confirm()}>
          {t.actions.closeConfirm}
        </button>
      </div>
    </Modal>
  );
}
