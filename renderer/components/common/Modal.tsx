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

/** Open dialogs, innermost last: Escape from outside any of them closes only the innermost. */
const openDialogs: HTMLElement[] = [];

/** Focus on nothing: the page itself, or an element that was removed or disabled under it (Chrome moves focus off it a moment later). */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled === true;
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
    if (dialog) openDialogs.push(dialog);
    // When the focused control goes away (a button replaced by what it revealed, one disabled by a save),
    // focus falls to the page, where Escape and Tab no longer reach the dialog: catch it in the dialog.
    const observer = new MutationObserver(() => {
      if (dialog && focusIsLost()) dialog.focus();
    });
    if (dialog) observer.observe(dialog, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    // And Escape works even when focus is somewhere else entirely.
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || openDialogs.at(-1) !== dialog) return;
      if (dialog?.contains(document.activeElement)) return; // the dialog's own handler has it
      event.preventDefault();
      if (closeRef.current.closable) closeRef.current.onClose();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onDocumentKey);
      const at = dialog ? openDialogs.lastIndexOf(dialog) : -1;
      if (at !== -1) openDialogs.splice(at, 1);
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
