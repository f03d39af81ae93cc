import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Device } from '../../../shared/devices/device';
import type { AppError } from '../../../shared/result';
import { useLanguage, useT } from '../../hooks/use-messages';
import { decisionText } from '../../i18n/decision-text';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { Modal } from '../common/Modal';
import { ActionProgress } from './ActionProgress';
import { ConfirmDeviceSummary } from './ConfirmDeviceSummary';
import { missingToConfirm, normalizeTail, tailCheckOf } from './confirm-rules';
import { RecentActionWarning } from './RecentActionWarning';
import { UnknownOutcomeWarning } from './UnknownOutcomeWarning';
import { hasUnknownOutcome, lastActionOn } from '../../../shared/actions/action-summary';

interface ConfirmDialogProps {
  device: Device;
  onClose(): void;
}

type Phase = { step: 'form' } | { step: 'sending' } | { step: 'sent'; actionId: string };

/**
 * The last stop before a passcode is removed or reset. Confirm stays disabled
 * until everything required is done; Enter never confirms (only a click or
 * Space on the button does), and focus starts in the ticket field.
 */
export function ConfirmDialog({ device, onClose }: ConfirmDialogProps) {
  const t = useT();
  const language = useLanguage();
  const ticketRequired = useStore((s) => s.settings?.requireTicketReference ?? true);
  const recent = useStore((s) => (s.recent?.deviceId === device.id ? s.recent : null));
  const loadRecentActions = useStore((s) => s.loadRecentActions);
  const requestPasscodeAction = useStore((s) => s.requestPasscodeAction);
  // The device's last action in our own log: when its outcome is unknown, a second confirmation is asked.
  const lastAction = useStore((s) => lastActionOn(s.actions, device.id));
  const lastUnknown = lastAction !== null && hasUnknownOutcome(lastAction.state) ? lastAction : null;
  const [unknownAckFor, setUnknownAckFor] = useState<string | null>(null);
  const unknownAcknowledged = lastUnknown !== null && unknownAckFor === `${lastUnknown.actionId}:${lastUnknown.state}`;
  const id = useId();
  const ticketRef = useRef<HTMLInputElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const [ticket, setTicket] = useState('');
  const [tailTyped, setTailTyped] = useState('');
  const [identityVerified, setIdentityVerified] = useState(false);
  const [acknowledgedKey, setAcknowledgedKey] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [error, setError] = useState<AppError | null>(null);

  // Who acted on this device lately, asked again now: the panel's answer may be minutes old.
  useEffect(() => {
    void loadRecentActions(device.id);
  }, [device.id, loadRecentActions]);

  useEffect(() => {
    if (phase.step === 'sent') closeRef.current?.focus();
  }, [phase.step]);

  const decision = decisionText(device.decision, language);
  const tailCheck = tailCheckOf(device);
  const recentValue = recent?.status === 'ready' ? recent.value : null;
  const recentWarn = recentValue?.warn === true;
  // The acknowledgement is for the actions shown: a different set asks again.
  const warnKey = recentWarn ? recentValue!.rows.map((row) => `${row.id}:${row.state}`).join('|') : '';
  const acknowledged = recentWarn && acknowledgedKey === warnKey;
  const missing = missingToConfirm({
    ticketRequired,
    ticket,
    tailCheck,
    tailTyped,
    identityVerified,
    recentChecked: recent !== null && recent.status !== 'loading',
    recentWarn,
    recentAcknowledged: acknowledged,
    unknownOutcome: lastUnknown !== null,
    unknownAcknowledged,
  });
  const sending = phase.step === 'sending';
  const canConfirm = phase.step === 'form' && missing.length === 0;

  async function confirm() {
    if (!canConfirm) return;
    setPhase({ step: 'sending' });
    setError(null);
    const result = await requestPasscodeAction({
      deviceId: device.id,
      ticket: ticket.trim(),
      identityVerified: true,
      acknowledgedRecentActions: acknowledged,
      acknowledgedUnknownOutcome: unknownAcknowledged,
    });
    if (result.ok) {
      setPhase({ step: 'sent', actionId: result.value.actionId });
    } else {
      setError(result.error);
      setPhase({ step: 'form' });
    }
  }

  // Enter in a field does nothing here: it must never stand in for Confirm.
  function swallowEnter(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter') event.preventDefault();
  }

  const tailTypedNormalized = normalizeTail(tailTyped);
  const tailState = tailCheck === null || tailTypedNormalized.length < 4 ? null : tailTypedNormalized === tailCheck.tail ? 'ok' : 'bad';
  const actionLabel = decision.actionLabel ?? '';

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-outcome`} onClose={onClose} closable={!sending} initialFocus={ticketRef} className="confirm-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{t.confirm.title(actionLabel)}</h2>
      </div>
      <div className="modal-body">
        <ConfirmDeviceSummary device={device} decision={decision} outcomeId={`${id}-outcome`} />

        {phase.step === 'sent' ? (
          <ActionProgress actionId={phase.actionId} deviceName={device.name ?? device.id} />
        ) : (
          <div className="confirm-form" onKeyDown={swallowEnter}>
            {recent?.status === 'loading' && <p className="muted small">{t.details.recentLoading}</p>}
            {recent?.status === 'error' && <p className="muted small">{t.details.recentFailed}</p>}
            {recentValue && !recentValue.available && (
              <div className="notice notice-info">
                <p className="notice-title">{t.details.recentUnavailable}</p>
                {recentValue.notice && <p className="small">{recentValue.notice}</p>}
              </div>
            )}
            {lastUnknown && (
              <UnknownOutcomeWarning
                last={lastUnknown}
                acknowledged={unknownAcknowledged}
                onAcknowledge={(on) => setUnknownAckFor(on ? `${lastUnknown.actionId}:${lastUnknown.state}` : null)}
              />
            )}
            {recentWarn && recentValue && (
              <RecentActionWarning recent={recentValue} acknowledged={acknowledged} onAcknowledge={(on) => setAcknowledgedKey(on ? warnKey : null)} />
            )}

            <div className="field">
              <label htmlFor={`${id}-ticket`}>
                {t.confirm.ticketLabel} <span className="muted">{ticketRequired ? t.confirm.ticketRequired : t.confirm.ticketOptional}</span>
              </label>
              <input
                ref={ticketRef}
                id={`${id}-ticket`}
                value={ticket}
                maxLength={256}
                autoComplete="off"
                required={ticketRequired}
                aria-describedby={`${id}-ticket-hint`}
                disabled={sending}
                onChange={(e) => setTicket(e.target.value)}
              />
              <span id={`${id}-ticket-hint`} className="field-hint">
                {t.confirm.ticketHint}
              </span>
            </div>

            {tailCheck && (
              <div className="field">
                <label htmlFor={`${id}-tail`}>{t.confirm.serialCheckLabel(t.confirm.serialCheckWhat[tailCheck.what])}</label>
                <input
                  id={`${id}-tail`}
                  className={`tail-input ${tailState ? `tail-${tailState}` : ''}`}
                  value={tailTyped}
                  maxLength={12}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={tailState === 'bad'}
                  aria-describedby={`${id}-tail-hint ${id}-tail-state`}
                  disabled={sending}
                  onChange={(e) => setTailTyped(e.target.value)}
                />
                <span id={`${id}-tail-hint`} className="field-hint">
                  {t.confirm.serialCheckHint}
                </span>
                <span id={`${id}-tail-state`} className={tailState === 'bad' ? 'field-problem' : 'field-ok'} aria-live="polite">
                  {tailState === 'bad' ? t.confirm.serialCheckMismatch : tailState === 'ok' ? t.confirm.serialCheckOk : ''}
                </span>
              </div>
            )}

            <label className="choice choice-strong">
              <input type="checkbox" checked={identityVerified} disabled={sending} onChange={(e) => setIdentityVerified(e.target.checked)} />
              {t.confirm.identity}
            </label>

            {error && (
              <div className="notice notice-error" role="alert">
                <ErrorText error={error} title={t.confirm.failedTitle} />
              </div>
            )}
          </div>
        )}
      </div>

      <div className="modal-footer">
        {phase.step === 'sent' ? (
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            {t.common.close}
          </button>
        ) : (
          <>
            <p className="confirm-missing muted small" id={`${id}-missing`}>
              {missing.length > 0 && !sending
                ? `${t.confirm.missingTitle} ${missing.map((m) => (m === 'checking' ? t.details.recentLoading : t.confirm.missing[m])).join('; ')}`
                : t.confirm.enterHint}
            </p>
            <button type="button" className="button" disabled={sending} onClick={onClose}>
              {t.common.cancel}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={!canConfirm}
              aria-describedby={`${id}-missing`}
              onKeyDown={swallowEnter}
              onClick={() => void confirm()}
            >
              {sending ? t.confirm.sending : t.confirm.confirm(actionLabel)}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
