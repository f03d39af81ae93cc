import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useT } from '../../hooks/use-messages';
import { isLocked } from '../../store/organisation-slice';
import { useStore } from '../../store/store';
import { LockedMark } from '../organisation/LockedMark';
import { ErrorText } from '../common/ErrorText';
import { checkConnection } from './connection-rules';

/** Tenant and client id, validated beside each field and saved with saveSettings. */
export function ConnectionFields() {
  const t = useT();
  const settings = useStore((s) => s.settings);
  const saveSettings = useStore((s) => s.saveSettings);
  // The organisation sets the tenant and client id together: locking either fixes both.
  const locked = useStore((s) => isLocked(s.policy, 'tenant') || isLocked(s.policy, 'clientId'));
  const [tenant, setTenant] = useState(settings?.tenant ?? '');
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const id = useId();
  const statusRef = useRef<HTMLSpanElement>(null);

  const check = checkConnection(tenant, clientId);
  const tenantProblem = showProblems ? check.tenant : null;
  const clientProblem = showProblems ? check.clientId : null;
  const unchanged = (settings?.tenant ?? '') === tenant.trim() && (settings?.clientId ?? '') === clientId.trim();

  async function save(value: { tenant: string | null; clientId: string | null } | null) {
    setShowProblems(true);
    setSaved(false);
    if (!settings || value === null) return;
    setSaving(true);
    const result = await saveSettings({ ...settings, ...value });
    setSaving(false);
    setError(result.ok ? null : result.error);
    setSaved(result.ok);
    // Saving disables the button that had focus: put focus on the answer instead of losing it.
    if (result.ok) statusRef.current?.focus();
    if (result.ok && value.tenant === null) {
      setTenant('');
      setClientId('');
    }
  }

  const field = (
    name: 'tenant' | 'clientId',
    label: string,
    hint: string,
    value: string,
    onChange: (v: string) => void,
    problem: string | null,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder={name === 'tenant' ? 'contoso.onmicrosoft.com' : '00000000-0000-0000-0000-000000000000'}
        disabled={locked}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-${name}-hint${problem ? ` ${id}-${name}-problem` : ''}${locked ? ` ${id}-locked` : ''}`}
        onChange={(e) => {
          onChange(e.target.value);
          setSaved(false);
        }}
        onBlur={() => setShowProblems(true)}
      />
      <span className="field-hint" id={`${id}-${name}-hint`}>
        {hint}
      </span>
      {problem && (
        <span className="field-problem" id={`${id}-${name}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );

  return (
    <div className="connection-fields">
      {locked && <LockedMark id={`${id}-locked`} />}
      {field('tenant', t.start.tenantLabel, t.start.tenantHint, tenant, setTenant, tenantProblem && t.start[tenantProblem])}
      {field('clientId', t.start.clientIdLabel, t.start.clientIdHint, clientId, setClientId, clientProblem && t.start[clientProblem])}
      <div className="button-row">
        <button type="button" className="button" disabled={locked || saving || unchanged} onClick={() => void save(check.value)}>
          {t.start.saveConnection}
        </button>
        {settings?.tenant && !locked && (
          <button type="button" className="button-quiet" disabled={saving} onClick={() => void save({ tenant: null, clientId: null })}>
            {t.start.useDemo}
          </button>
        )}
        <span ref={statusRef} role="status" className="save-status" tabIndex={-1}>
          {saved ? t.start.connectionSaved : ''}
        </span>
      </div>
      {error && (
        <div role="alert">
          <ErrorText error={error} />
        </div>
      )}
    </div>
  );
}
