import { useState } from 'react';
import { useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { Fingerprint } from '../common/Fingerprint';

/** Where this install's action log lives and the fingerprint of the key that signs it, for an admin to pin. */
export function LogStatusSection() {
  const t = useT();
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
              <li key={i}>{finding.message}</li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
