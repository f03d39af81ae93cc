import { useId } from 'react';
import type { ActionSummary } from '../../../shared/actions/action-summary';
import { useT } from '../../hooks/use-messages';
import { Modal } from '../common/Modal';
import { PasscodeReveal } from './PasscodeReveal';

/** The actions log's way to the reveal; closing it drops the passcode with the component. */
export function RevealDialog({ action, onClose }: { action: ActionSummary; onClose(): void }) {
  const t = useT();
  const id = useId();
  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="reveal-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.actions.revealTitle(action.deviceName)}</h2>
      </div>
      <div className="modal-body">
        <PasscodeReveal actionId={action.actionId} deviceName={action.deviceName} />
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t.common.close}
        </button>
      </div>
    </Modal>
  );
}
