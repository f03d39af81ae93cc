import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { focusableIn } from './focusable';

interface ModalProps {
  labelledBy: string;
  describedBy?: string;
  /** Escape calls it; so does nothing else: closing by clicking outside loses typed work. */
  onClose(): void;
  /** Escape is ignored while this is false (e.g. while a request is in flight). */
  closable?: boolean;
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: rendered over the app, which is made inert meanwhile (no
 * clicks, no focus, hidden from assistive tech), with Tab and Shift+Tab kept
 * inside and focus given back to where it was when the dialog closes.
 */
export function Modal({ labelledBy, describedBy, onClose, closable = true, initialFocus, className, children }: ModalProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef({ onClose, closable });
  closeRef.current = { onClose, closable };

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    const wasInert = root?.hasAttribute('inert') ?? false;
    root?.setAttribute('inert', '');
    const dialog = dialogRef.current;
    const target = initialFocus?.current ?? (dialog ? focusableIn(dialog)[0] : undefined) ?? dialog;
    target?.focus();
    return () => {
      if (!wasInert) root?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
    // Focus moves in once, when the dialog opens, not when its props change.
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      if (closeRef.current.closable) closeRef.current.onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusables = focusableIn(dialogRef.current);
    if (focusables.length === 0) {
      event.preventDefault();
      return;
    }
    const first = focusables[0]!;
    const last = focusables[focusables.length - 1]!;
    const active = document.activeElement;
    const inside = active instanceof Node && dialogRef.current.contains(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`modal ${className ?? ''}`}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
