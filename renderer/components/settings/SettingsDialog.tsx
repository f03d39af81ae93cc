import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/result';
import type { LanguageSetting, Settings } from '../../../shared/settings/settings';
import { useT } from '../../hooks/use-messages';
import { resolveLanguage } from '../../i18n/language';
import { useStore } from '../../store/store';
import { ErrorText } from '../common/ErrorText';
import { Modal } from '../common/Modal';
import { ForwardingSection } from '../organisation/ForwardingSection';
import { LockedMark } from '../organisation/LockedMark';
import { PolicyNotice } from '../organisation/PolicyNotice';
import { isLocked } from '../../store/organisation-slice';
import { ConnectionFields } from '../start/ConnectionFields';
import { LogStatusSection } from './LogStatusSection';

export function SettingsDialog() {
  const t = useT();
  const settings = useStore((s) => s.settings);
  const osLocale = useStore((s) => s.appInfo?.locale);
  const saveSettings = useStore((s) => s.saveSettings);
  const close = useStore((s) => s.setSettingsOpen);
  const policy = useStore((s) => s.policy);
  const ticketLocked = isLocked(policy, 'requireTicketReference');
  const ticketLockId = useId();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<AppError | null>(null);
  // The choice shows at once; main's answer confirms it, or puts the saved value back.
  const [draft, setDraft] = useState(settings);
  // Two quick changes must both be saved: each builds on the latest draft, not on the last render.
  const latest = useRef(settings);
  useEffect(() => {
    latest.current = settings;
    setDraft(settings);
  }, [settings]);

  async function update(patch: Partial<Settings>) {
    if (!latest.current) return;
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    setStatus('saving');
    const result = await saveSettings(next);
    setStatus(result.ok ? 'saved' : 'idle');
    setError(result.ok ? null : result.error);
    if (!result.ok) setDraft(useStore.getState().settings);
  }

  const systemLanguageName = resolveLanguage('system', osLocale) === 'it' ? t.settings.languageIt : t.settings.languageEn;
  const languages: Array<[LanguageSetting, string]> = [
    ['system', t.settings.languageSystem(systemLanguageName)],
    ['en', t.settings.languageEn],
    ['it', t.settings.languageIt],
  ];

  return (
    <Modal labelledBy="settings-title" onClose={() => close(false)} className="settings-dialog">
      <div className="modal-header">
        <h2 id="settings-title">{t.settings.title}</h2>
        <button type="button" className="button-quiet" onClick={() => close(false)}>
          {t.common.close}
        </button>
      </div>
      {draft && (
        <div className="modal-body settings-body">
          <PolicyNotice />
          <fieldset className="settings-group" disabled={ticketLocked} aria-describedby={ticketLocked ? ticketLockId : undefined}>
            <legend>
              {t.settings.ticketGroup}
              {ticketLocked && <LockedMark id={ticketLockId} />}
            </legend>
            <label className="choice">
              <input type="radio" name="ticket" checked={draft.requireTicketReference} onChange={() => void update({ requireTicketReference: true })} />
              {t.settings.ticketRequired}
            </label>
            <label className="choice">
              <input type="radio" name="ticket" checked={!draft.requireTicketReference} onChange={() => void update({ requireTicketReference: false })} />
              {t.settings.ticketOptional}
            </label>
            {policy?.ticketPattern && <p className="muted">{t.organisation.ticketPattern(policy.ticketPattern)}</p>}
          </fieldset>

          <ForwardingSection enabled={draft.forwardingEnabled} onToggle={(forwardingEnabled) => void update({ forwardingEnabled })} />

          <fieldset className="settings-group">
            <legend>{t.settings.languageGroup}</legend>
            {languages.map(([value, label]) => (
              <label className="choice" key={value} lang={value === 'system' ? undefined : value}>
                <input type="radio" name="language" checked={draft.language === value} onChange={() => void update({ language: value })} />
                {label}
              </label>
            ))}
          </fieldset>

          <fieldset className="settings-group">
            <legend>{t.settings.connectionGroup}</legend>
            <p className="muted">{t.settings.connectionHelp}</p>
            <ConnectionFields />
          </fieldset>

          <LogStatusSection />

          <p role="status" className="save-status">
            {status === 'saving' ? t.settings.saving : status === 'saved' ? t.settings.saved : ''}
          </p>
          {error && (
            <div role="alert">
              <ErrorText error={error} />
            </div>
          )}
        </div>
      )}
    </Modal>
  );
}
