import { word } from '../../../shared/messages/coded-message';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Device } from '../../../shared/devices/device';
import type { AppError } from '../../../shared/result';
import { useLanguage, useT } from '../../hooks/use-messages';
import { decisionText } from '../../i18n/decision-text';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { Modal } from '../common/Modal';
import { ActionProgress } from './ActionProgress';
import { ConfirmDeviceSummary } from './ConfirmDeviceSummary';
import { matchedTail, missingToConfirm, tailChecksOf, tailState as tailStateOf, ticketFieldProblem } from './confirm-rules';
import { ticketMaxLength } from '../../../shared/actions/ticket-rule';
import { serialWhereKey } from './serial-where';
import { RecentActionWarning } from './RecentActionWarning';
import { RefusedAttemptNote } from './RefusedAttemptNote';
import { recentWindowMs } from '../../../shared/audits/tenant-action';
import { useNow } from '../../hooks/use-now';
import { UnknownOutcomeWarning } from './UnknownOutcomeWarning';
import { PreflightChecks } from '../checks/PreflightChecks';
import { hasUnknownOutcome, lastActionOn } from '../../../shared/actions/action-summary';

interface ConfirmDialogProps {
  device: Device;
  onClose(): void;
}

// 'refused': Intune or the rules refused this account or device in a way sending again cannot change (a missing
// role, licence or consent; a device the rules now refuse). Confirm gives way to Close, so a second press does not
// send a request that fails the same way and adds to the log.
type Phase = { step: 'form' } | { step: 'sending' } | { step: 'sent'; actionId: string } | { step: 'refused' };

/** Refusals that hold until someone outside this dialog changes something (an administrator, the device). */
const finalRefusals: ReadonlySet<AppError['code']> = new Set(['not_permitted', 'not_eligible']);

/**
 * The last stop before a passcode is removed or reset. Confirm stays disabled
 * until everything required is done; Enter never confirms (only a click or
 * Space on the button does), and focus starts in the ticket field.
 */
export function ConfirmDialog({ device, onClose }: ConfirmDialogProps) {
  const t = useT();
  const now = useNow();
  const language = useLanguage();
  const ticketRequired = useStore((s) => s.settings?.requireTicketReference ?? true);
  const recent = useStore((s) => (s.recent?.deviceId === device.id ? s.recent : null));
  const loadRecentActions = useStore((s) => s.loadRecentActions);
  const requestPasscodeAction = useStore((s) => s.requestPasscodeAction);
  // The device's last action in our own log: when its outcome is unknown, a second confirmation is asked.
  const lastAction = useStore((s) => lastActionOn(s.actions, device.id));
  const lastUnknown = lastAction !== null && hasUnknownOutcome(lastAction.state) ? lastAction : null;
  const id = useId();
  const ticketRef = useRef<HTMLInputElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  const setTicketDraft = useStore((s) => s.setTicketDraft);
  // A ticket typed in this device's dialog before it was closed unsent comes back (details-slice.ts `ticketDraft`).
  const [ticket, setTicketText] = useState(() => {
    const draft = useStore.getState().ticketDraft;
    return draft?.deviceId === device.id ? draft.ticket : '';
  });
  const setTicket = (text: string) => {
    setTicketText(text);
    setTicketDraft({ deviceId: device.id, ticket: text });
  };
  const [tailTyped, setTailTyped] = useState('');
  const [identityVerified, setIdentityVerified] = useState(false);
  const [acknowledgedKey, setAcknowledgedKey] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [error, setError] = useState<AppError | null>(null);
  // This window's actions on the device when the dialog opened: any later one was sent from this dialog.
  const [actionsBefore] = useState(() => new Set(useStore.getState().actions.filter((a) => a.deviceId === device.id).map((a) => a.actionId)));
  const sentHere = useStore(useShallow((s) => s.actions.filter((a) => a.deviceId === device.id && !actionsBefore.has(a.actionId)).map((a) => a.actionId)));

  // Who acted on this device lately, asked again now: the panel's answer may be minutes old.
  useEffect(() => {
    void loadRecentActions(device.id);
  }, [device.id, loadRecentActions]);

  useEffect(() => {
    if (phase.step === 'sent' || phase.step === 'refused') closeRef.current?.focus();
  }, [phase.step]);

  const decision = decisionText(device.decision, language);
  const tailChecks = tailChecksOf(device);
  const recentValue = recent?.status === 'ready' ? recent.value : null;
  // Intune's word on an earlier action nobody knows the end of (someone's, perhaps from another computer).
  const unknownInIntune = recentValue?.unknownOutcome ?? null;
  const unknownKey = [lastUnknown && `${lastUnknown.actionId}:${lastUnknown.state}`, unknownInIntune && `${unknownInIntune.id}:${unknownInIntune.state}`].filter(Boolean).join('|');
  const [unknownAckFor, setUnknownAckFor] = useState<string | null>(null);
  const unknownAcknowledged = unknownKey !== '' && unknownAckFor === unknownKey;
  // The recent-action warning lists the other actions: the one(s) the unknown-outcome warning names are not repeated.
  const otherRows = (recentValue?.rows ?? []).filter((row) => row.id !== unknownInIntune?.id && (lastUnknown === null || row.actionId !== lastUnknown.actionId));
  // A refused or unsent request never reached the device: it is named apart, and is no recent action (main/audits/audit-record.ts).
  const recentRows = otherRows.filter((row) => row.neverReachedDevice !== true);
  // A request this dialog sent and had refused is already in its error box: naming it again as "an earlier request" misleads.
  const refusedRows = otherRows.filter(
    (row) => row.neverReachedDevice === true && now - Date.parse(row.requestedAt) <= recentWindowMs && (row.actionId === null || !sentHere.includes(row.actionId)),
  );
  const recentWarn = recentValue?.warn === true && recentRows.length > 0;
  // The acknowledgement is for the actions shown: a different set asks again.
  const warnKey = recentWarn ? recentRows.map((row) => `${row.id}:${row.state}`).join('|') : '';
  const acknowledged = recentWarn && acknowledgedKey === warnKey;
  const missing = missingToConfirm({
    ticketRequired,
    ticket,
    tailChecks,
    tailTyped,
    identityVerified,
    recentChecked: recent !== null && recent.status !== 'loading',
    recentWarn,
    recentAcknowledged: acknowledged,
    unknownOutcome: unknownKey !== '',
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
      // Sent: the next action on this device is a new request with its own ticket.
      setTicketDraft(null);
      setPhase({ step: 'sent', actionId: result.value.actionId });
    } else {
      setError(result.error);
      setPhase(finalRefusals.has(result.error.code) ? { step: 'refused' } : { step: 'form' });
    }
  }

  // Enter in a field does nothing here: it must never stand in for Confirm.
  function swallowEnter(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter') event.preventDefault();
  }

  const tailState = tailStateOf(tailTyped, tailChecks);
  const tailMatched = matchedTail(tailTyped, tailChecks);
  const ticketIssue = ticketFieldProblem({ ticket, ticketRequired });
  // "Required" is said by the label; the field speaks up only about what was typed.
  const ticketShownIssue = ticketIssue === null || ticketIssue === 'missing' ? null : ticketIssue;
  const tailWhat = tailChecks.map((check) => t.confirm.serialCheckWhat[check.what]).join(t.confirm.or);
  const actionLabel = decision.actionLabel ?? '';
  const sentState = useStore((s) => (phase.step === 'sent' ? (s.actions.find((a) => a.actionId === phase.actionId)?.state ?? 'requested') : null));

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-outcome`} onClose={onClose} closable={!sending} initialFocus={ticketRef} className="confirm-dialog">
      <div className="modal-header">
        <h2 id={`${id}-title`}>{sentState ? t.confirm.titleSent(actionLabel, t.states[sentState]) : t.confirm.title(actionLabel)}</h2>
      </div>
      <div className="modal-body">
        <ConfirmDeviceSummary device={device} decision={decision} outcomeId={`${id}-outcome`} identifiersShown={tailChecks.length === 0 || tailMatched !== null || phase.step === 'sent'} sent={phase.step === 'sent'} />

        {phase.step === 'sent' ? (
          <ActionProgress actionId={phase.actionId} deviceName={device.name ?? device.id} />
        ) : (
          <div className="confirm-form" onKeyDown={swallowEnter}>
            <PreflightChecks deviceId={device.id} />
            {recent?.status === 'loading' && <p className="muted small">{t.details.recentLoading}</p>}
            {recent?.status === 'error' && <p className="muted small">{t.details.recentFailed}</p>}
            {recentValue && !recentValue.available && (
              <div className="notice notice-info">
                <p className="notice-title">{t.details.recentUnavailable}</p>
                {recentValue.notice && <p className="small">{word(t.main.tenantActionsNotices, recentValue.notice)}</p>}
              </div>
            )}
            {unknownKey !== '' && (
              <UnknownOutcomeWarning
                ours={lastUnknown}
                inIntune={unknownInIntune}
                acknowledged={unknownAcknowledged}
                onAcknowledge={(on) => setUnknownAckFor(on ? unknownKey : null)}
              />
            )}
            {recentWarn && (
              <RecentActionWarning rows={recentRows} acknowledged={acknowledged} onAcknowledge={(on) => setAcknowledgedKey(on ? warnKey : null)} />
            )}
            {refusedRows.length > 0 && <RefusedAttemptNote rows={refusedRows} />}

            <div className="field">
              <label htmlFor={`${id}-ticket`}>
                {t.confirm.ticketLabel} <span className="muted">{ticketRequired ? t.confirm.ticketRequired : t.confirm.ticketOptional}</span>
              </label>
              <input
                ref={ticketRef}
                id={`${id}-ticket`}
                value={ticket}
                autoComplete="off"
                required={ticketRequired}
                aria-invalid={ticketShownIssue !== null}
                aria-describedby={`${id}-ticket-hint ${id}-ticket-problem`}
                disabled={sending}
                onChange={(e) => setTicket(e.target.value)}
              />
              <span id={`${id}-ticket-hint`} className="field-hint">
                {t.confirm.ticketHint}
              </span>
              <span id={`${id}-ticket-problem`} className="field-problem" aria-live="polite">
                {ticketShownIssue === 'tooLong'
                  ? t.confirm.ticketProblems.tooLong(ticketMaxLength, ticket.trim().length)
                  : ticketShownIssue !== null
                    ? t.confirm.ticketProblems[ticketShownIssue]
                    : ''}
              </span>
            </div>

            {tailChecks.length > 0 && (
              <div className="field">
                <label htmlFor={`${id}-tail`}>{t.confirm.serialCheckLabel(tailWhat)}</label>
                <input
                  id={`${id}-tail`}
                  className={`tail-input ${tailState ? `tail-${tailState}` : ''}`}
                  value={tailTyped}
                  maxLength={24}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={tailState === 'bad'}
                  aria-describedby={`${id}-tail-hint ${id}-tail-state`}
                  disabled={sending}
                  onChange={(e) => setTailTyped(e.target.value)}
                />
                <span id={`${id}-tail-hint`} className="field-hint">
                  {tailChecks[0]!.what === 'name' ? t.confirm.serialCheckHint : t.confirm.serialWhere[serialWhereKey(device)]}
                </span>
                <span id={`${id}-tail-state`} className={tailState === 'bad' ? 'field-problem' : 'field-ok'} aria-live="polite">
                  {tailState === 'bad' ? t.confirm.serialCheckMismatch : tailMatched ? t.confirm.serialCheckOk(t.confirm.serialCheckWhat[tailMatched.what]) : ''}
                </span>
              </div>
            )}

            <label className="choice choice-strong">
              <input type="checkbox" checked={identityVerified} disabled={sending} onChange={(e) => setIdentityVerified(e.target.checked)} />
              {t.confirm.identity}
            </label>

          </div>
        )}
      </div>

      {/* Beside Confirm, outside the scrolled form: a refusal is seen where the technician clicked, whatever came in above. */}
      {error && (
        <div className="notice notice-error modal-notice" role="alert">
          <ErrorText error={error} title={t.confirm.failedTitle} />
        </div>
      )}

      <div className="modal-footer">
        {phase.step === 'sent' ? (
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            {t.common.close}
          </button>
        ) : phase.step === 'refused' ? (
          <>
            <p className="confirm-missing muted small">{t.confirm.refusedHint}</p>
            <button ref={closeRef} type="button" className="button" onClick={onClose}>
              {t.common.close}
            </button>
          </>
        ) : (
          <>
            <p className="confirm-footer-device">{t.confirm.footerDevice(device.name ?? device.id)}</p>
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
