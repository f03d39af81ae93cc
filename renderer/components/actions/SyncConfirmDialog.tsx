import { useId, useRef } from 'react';
import { useT } from '../../hooks/use-messages';
import { Modal } from '../common/Modal';

/**
 * The one question before a sync started from the details panel: a sync changes
 * nothing on the device, but it is an action in the signed log under the
 * technician's name, so a stray click should not write one. Focus starts on
 * Cancel for the same reason.
 */
export function SyncConfirmDialog({ deviceName, onConfirm, onClose }: { deviceName: string; onConfirm(): void; onClose(): void }) {
  const t = useT();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onClose} initialFocus={cancelRef} className="sync-confirm-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.actions.syncConfirmTitle(deviceName)}</h2>
      </div>
      <div className="modal-body" id={`${id}-body`}>
        <p>{t.actions.syncHint}</p>
        <p className="muted small">{t.actions.syncLogged}</p>
      </div>
      <div className="modal-footer">
        <button type="button" ref={cancelRef} className="button" onClick={onClose}>
          {t.common.cancel}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {t.actions.sync}
        </button>
      </div>
    </Modal>
  );
}
