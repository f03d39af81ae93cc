/**
 * A signing key's fingerprint is the SHA-256 of its raw 32-byte public key, as
 * 64 hex digits. Shown in groups of four so an admin can read it aloud and pin
 * it; the grouping is for people only, the log stores the plain hex.
 */
export function formatFingerprint(hex: string): string {
  return (hex.toLowerCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** Accepts a fingerprint as typed or pasted (any case, spaces, colons or dashes); null if it is not one. */
export function parseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}
