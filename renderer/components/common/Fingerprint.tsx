import { formatFingerprint, parseFingerprint } from '../../../shared/log/key-fingerprint';

/** A key fingerprint in groups of four, however main spelled it (plain hex or already grouped). */
export function Fingerprint({ value, label }: { value: string; label?: string }) {
  const hex = parseFingerprint(value);
  return (
    <code className="fingerprint selectable" aria-label={label}>
      {hex === null ? value : formatFingerprint(hex)}
    </code>
  );
}
