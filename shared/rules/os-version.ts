// Digits and dots only: "7.x", "7.0-beta" or "Android 7" are not read as 7,
// because the passcode rules must never guess a version.
const versionPattern = /^(\d{1,5})(?:\.\d+)*$/;

/** Major version of an `osVersion` string ("6.0.1" → 6, "14" → 14), or null when it cannot be read. */
export function parseMajorVersion(osVersion: unknown): number | null {
  if (typeof osVersion !== 'string') return null;
  const match = versionPattern.exec(osVersion.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}
