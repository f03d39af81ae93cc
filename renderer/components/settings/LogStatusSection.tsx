import { useState } from 'react';
import type { OpenFinding } from '../../../shared/log/log-finding';
import { useFormat, useT } from '../../hooks/use-messages';
import type { Messages } from '../../i18n/messages';
import { useStore } from '../../store/store';
import { Fingerprint } from '../common/Fingerprint';

/** What opening the log found, in the shown language (main's own message is English, for the diagnostic log). */
function findingText(finding: OpenFinding, t: Messages, n: (value: number) => string): string {
  switch (finding.kind) {
    case 'key-in-memory':
      return t.settings.findings.keyInMemory;
    case 'truncated':
      return t.settings.findings.truncated(n(finding.line), finding.movedTo);
    case 'key-replaced':
      return t.settings.findings.keyReplaced(finding.movedTo);
    case 'stale-lock':
      return t.settings.findings.staleLock(String(finding.pid));
  }
}

/** Where this install's action log lives and the fingerprint of the key that signs it, for an admin to pin. */
export function LogStatusSection() {
  const t = useT();
  const format = useFormat();
  const logStatus = useStore((s) => s.logStatus);
  const fallbackFolder = useStore((s) => s.appInfo?.logFolder ?? null);
  const fallbackFingerprint = useStore((s) => s.appInfo?.signingKeyFingerprint ?? null);
  const [copied, setCopied] = useState(false);

  const value = logStatus.value;
  const folder = value?.folder ?? fallbackFolder;
  const fingerprint = value?.fingerprint ?? fallbackFingerprint;

  return (
    <fieldset className="settings-group">
      <legend>{t.settings.logGroup}</legend>
      <dl className="facts">
        <dt>{t.settings.logFolder}</dt>
        <dd className="selectable mono">{folder ?? t.common.notAvailable}</dd>
        <dt>{t.settings.fingerprint}</dt>
        <dd>
          {fingerprint ? (
            <>
              <Fingerprint value={fingerprint} label={t.settings.fingerprint} />
              <button
                type="button"
                className="button-quiet"
                onClick={() => void navigator.clipboard?.writeText(fingerprint).then(() => setCopied(true), () => setCopied(false))}
              >
                {copied ? t.start.copied : t.settings.copyFingerprint}
              </button>
            </>
          ) : (
            t.common.notAvailable
          )}
        </dd>
      </dl>
      <p className="muted">{t.settings.fingerprintHelp}</p>
      {value && <p className="muted">{value.keyStorage === 'encrypted' ? t.settings.keyEncrypted : t.settings.keyMemory}</p>}
      {logStatus.status === 'error' && <p className="muted">{t.settings.logUnavailable}</p>}
      {value && value.findingsAtOpen.length > 0 && (
        <div className="notice notice-warning">
          <p className="notice-title">{t.settings.openFindings}</p>
          <ul>
            {value.findingsAtOpen.map((finding, i) => (
              <li key={i}>{findingText(finding, t, format.number)}</li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
