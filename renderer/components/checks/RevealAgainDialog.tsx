import { useCallback, useId, useRef, useState } from 'react';
import type { ActionSummary } from '../../../shared/actions/action-summary';
import { revealShownSeconds } from '../../../shared/actions/passcode-window';
import type { AppError } from '../../../shared/result';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { Modal } from '../common/Modal';
import { PasscodeText } from './PasscodeText';
import { useHideCountdown } from '../../hooks/use-hide-countdown';

type Phase =
  | { step: 'reason' }
  | { step: 'reading' }
  | { step: 'shown'; passcode: string; keptUntil: string; hideAt: number }
  | { step: 'hidden' };

/**
 * "Reveal again" within Intune's seven days. The reason is asked first; main
 * re-reads the passcode from Graph and logs the reason before answering. The
 * passcode lives in this component's state only, for 60 seconds.
 */
export function RevealAgainDialog({ action, onClose }: { action: ActionSummary; onClose(): void }) {
  const t = useT();
  const format = useFormat();
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'reason' });
  const [error, setError] = useState<AppError | null>(null);
  const revealPasscodeAgain = useStore((s) => s.revealPasscodeAgain);

  const hide = useCallback(() => setPhase({ step: 'hidden' }), []);
  const hideAt = phase.step === 'shown' ? phase.hideAt : null;
  const secondsLeft = useHideCountdown(hideAt, hide);

  async function onReveal() {
    setPhase({ step: 'reading' });
    setError(null);
    const result = await revealPasscodeAgain(action.actionId, reason.trim());
    if (result.ok) {
      const at = Date.now();
      setPhase({ step: 'shown', passcode: result.value.passcode, keptUntil: result.value.keptUntil, hideAt: at + revealShownSeconds * 1000 });
    } else {
      setError(result.error);
      setPhase({ step: 'reason' });
    }
  }

  const canReveal = phase.step === 'reason' && reason.trim().length >= 3;
  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} closable={phase.step !== 'reading'} initialFocus={reasonRef} className="reveal-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.checks.revealAgainTitle(action.deviceName)}</h2>
      </div>
      <div className="modal-body">
        {phase.step === 'shown' ? (
          <section className="passcode-reveal">
            <PasscodeText passcode={phase.passcode} label={t.actions.revealedLabel} />
            <div className="countdown" aria-hidden="true">
              <div className="countdown-bar" style={{ width: `${(secondsLeft / revealShownSeconds) * 100}%` }} />
            </div>
            <p className="muted small">{t.actions.hidesIn(secondsLeft)}</p>
            <p className="muted small">{t.checks.keptUntil(format.dateTime(phase.keptUntil) ?? phase.keptUntil)}</p>
            <button type="button" className="button-quiet" onClick={hide}>
              {t.actions.hideNow}
            </button>
          </section>
        ) : phase.step === 'hidden' ? (
          <p className="muted small" role="status">
            {t.actions.hidden}
          </p>
        ) : (
          <>
            <p className="small">{t.checks.revealAgainIntro}</p>
            <label className="field">
              <span className="field-label">{t.checks.revealAgainReason}</span>
              <textarea
                ref={reasonRef}
                className="input"
                rows={2}
                maxLength={500}
                value={reason}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setReason(e.target.value)}
              />
              <span id={`${id}-hint`} className="muted small">
                {t.checks.revealAgainReasonHint}
              </span>
            </label>
            {error && (
              <div role="alert">
                <ErrorText error={error} title={t.actions.revealFailed} />
              </div>
            )}
          </>
        )}
      </div>
      <div className="modal-footer">
        {(phase.step === 'reason' || phase.step === 'reading') && (
          <button type="button" className="button button-primary" disabled={!canReveal} onClick={() => void onReveal()}>
            {phase.step === 'reading' ? t.actions.revealing : t.checks.revealAgainButton}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} disabled={phase.step === 'reading'}>
          {t.common.close}
        </button>
      </div>
    </Modal>
  );
}
