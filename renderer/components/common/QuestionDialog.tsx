import { useId, useRef, type ReactNode } from 'react';
import { Modal } from './Modal';

/**
 * A yes/no question whose "yes" does something a stray click should not: focus starts on the safe
 * answer, so Enter or a click that lands by habit keeps things as they are. Used for the questions
 * that need no input of their own (sync a device, sign out while actions are followed); dialogs that
 * collect a ticket or a reason build on Modal directly.
 */
export function QuestionDialog({
  title,
  children,
  safeLabel,
  confirmLabel,
  onConfirm,
  onClose,
  className,
}: {
  title: string;
  children: ReactNode;
  safeLabel: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  className: string;
}) {
  const id = useId();
  const safeRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onClose} initialFocus={safeRef} className={className}>
      <div className="modal-header">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      <div className="modal-body" id={`${id}-body`}>
        {children}
      </div>
      <div className="modal-footer">
        <button type="button" ref={safeRef} className="button" onClick={onClose}>
          {safeLabel}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
