import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { PasscodeText } from '../checks/PasscodeText';
import { ErrorText } from '../common/ErrorText';
import { useHideCountdown } from '../../hooks/use-hide-countdown';

export const revealSeconds = 60;

type Reveal =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'shown'; passcode: string; hideAt: number }
  | { status: 'hidden' }
  | { status: 'error'; error: AppError };

/**
 * The one place a generated passcode is shown. It lives in this component's
 * state only (never the store, never the console), hides itself after 60
 * seconds, and is gone when the component unmounts (from the clipboard too, if
 * it was copied). Main hands it over once,
 * so a second reveal is not possible.
 */
export function PasscodeReveal({ actionId, deviceName }: { actionId: string; deviceName: string }) {
  const t = useT();
  const revealPasscode = useStore((s) => s.revealPasscode);
  const [reveal, setReveal] = useState<Reveal>({ status: 'idle' });
  const [copied, setCopied] = useState(false);
  const copiedRef = useRef(false);
  const mounted = useRef(true);
  const sectionRef = useRef<HTMLElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const hiddenRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    mounted.current = true;
    // The page going away (the browser host's tab or browser closed while the passcode shows) ends no
    // component first: take a copy off here too. In Electron, main also checks the clipboard at quit
    // (main/electron/passcode-clipboard.ts). The page cannot read the clipboard, so it clears it only if it copied.
    const onPageHide = () => {
      if (copiedRef.current) void navigator.clipboard?.writeText('').catch(() => undefined);
      copiedRef.current = false;
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      mounted.current = false;
      // Closed before it hid itself (the dialog around it shut): a copy must not outlive what was on screen.
      if (copiedRef.current) void navigator.clipboard?.writeText('').catch(() => undefined);
      copiedRef.current = false;
    };
  }, []);

  const hide = useCallback(() => {
    setReveal({ status: 'hidden' });
    // If we put it on the clipboard, take it off again, as password managers do.
    if (copiedRef.current) void navigator.clipboard?.writeText('').catch(() => undefined);
    copiedRef.current = false;
    setCopied(false);
  }, []);

  // The Reveal button is gone once the passcode shows, and Hide now once it hides: focus follows to what replaced
  // them, unless the technician has moved on to something else meanwhile.
  const status = reveal.status;
  useEffect(() => {
    const active = document.activeElement;
    const section = sectionRef.current;
    // A dialog around the reveal catches focus when the pressed button goes away (Modal): that still counts as here.
    const caughtByDialog = active?.getAttribute('role') === 'dialog' && section !== null && active.contains(section);
    const here = active === null || active === document.body || !active.isConnected || caughtByDialog || section?.contains(active);
    if (!here) return;
    // The whole box, countdown included, comes into view: at 1280x720 it sits at the foot of the dialog.
    if (status === 'shown') {
      section?.scrollIntoView?.({ block: 'nearest' });
      copyRef.current?.focus({ preventScroll: true });
    }
    if (status === 'hidden') hiddenRef.current?.focus();
  }, [status]);

  const hideAt = reveal.status === 'shown' ? reveal.hideAt : null;
  const secondsLeft = useHideCountdown(hideAt, hide);

  async function onReveal() {
    setReveal({ status: 'loading' });
    const result = await revealPasscode(actionId);
    if (!mounted.current) return;
    if (result.ok) {
      const at = Date.now();
      setReveal({ status: 'shown', passcode: result.value.passcode, hideAt: at + revealSeconds * 1000 });
    } else {
      setReveal({ status: 'error', error: result.error });
    }
  }

  async function onCopy(passcode: string) {
    try {
      await navigator.clipboard.writeText(passcode);
      copiedRef.current = true;
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section ref={sectionRef} className="passcode-reveal" aria-label={t.actions.revealTitle(deviceName)}>
      {reveal.status === 'shown' ? (
        <>
          <p className="small">{t.actions.revealIntro}</p>
          <div className="passcode-row">
            <span className="visually-hidden">{t.actions.revealedLabel}</span>
            <PasscodeText passcode={reveal.passcode} label={t.actions.revealedLabel} />
            <button ref={copyRef} type="button" className="button" onClick={() => void onCopy(reveal.passcode)}>
              {copied ? t.actions.copied : t.actions.copy}
            </button>
            <button type="button" className="button-quiet" onClick={hide}>
              {t.actions.hideNow}
            </button>
          </div>
          <div className="countdown" aria-hidden="true">
            <div className="countdown-bar" style={{ width: `${(secondsLeft / revealSeconds) * 100}%` }} />
          </div>
          <p className="muted small">{t.actions.hidesIn(secondsLeft)}</p>
        </>
      ) : reveal.status === 'hidden' ? (
        <p ref={hiddenRef} className="muted small" role="status" tabIndex={-1}>
          {t.actions.hidden}
        </p>
      ) : (
        <>
          <button type="button" className="button button-primary" disabled={reveal.status === 'loading'} onClick={() => void onReveal()}>
            {reveal.status === 'loading' ? t.actions.revealing : t.actions.revealButton}
          </button>
          {reveal.status === 'error' && (
            <div role="alert">
              <ErrorText error={reveal.error} title={t.actions.revealFailed} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
