import { useState } from 'react';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';

/** The code and address for a device-code sign-in, from the `deviceCodeIssued` event. */
export function DeviceCodePanel() {
  const t = useT();
  const format = useFormat();
  const prompt = useStore((s) => s.deviceCode);
  const [copied, setCopied] = useState(false);
  if (!prompt) return null;
  return (
    <section className="device-code" aria-labelledby="device-code-title">
      <h3 id="device-code-title">{t.start.deviceCodeTitle}</h3>
      <p>{t.start.deviceCodeStep(prompt.verificationUri)}</p>
      <div className="device-code-row">
        <code className="device-code-value selectable">{prompt.userCode}</code>
        <button
          type="button"
          className="button-quiet"
          onClick={() => void navigator.clipboard?.writeText(prompt.userCode).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t.start.copied : t.start.copyCode}
        </button>
      </div>
      <p className="muted">{t.start.deviceCodeExpires(format.time(prompt.expiresAt) ?? prompt.expiresAt)}</p>
    </section>
  );
}
