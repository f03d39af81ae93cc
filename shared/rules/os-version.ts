// Digits and dots only: "7.x", "7.0-beta" or "Android 7" are not read as 7,
// because the passcode rules must never guess a version.
const versionPattern = /^(\d{1,5})(?:\.(\d{1,5}))?(?:\.\d+)*$/;

/** Major and minor version of an `osVersion` string ("6.0.1" → 6.0, "14" → 14.0), or null when it cannot be read. */
export function parseVersion(osVersion: unknown): { major: number; minor: number } | null {
  if (typeof osVersion !== 'string') return null;
  const match = versionPattern.exec(osVersion.trim());
  if (match?.[1] === undefined) return null;
  return { major: Number(match[1]), minor: match[2] === undefined ? 0 : Number(match[2]) };
}

/** Major version of an `osVersion` string ("6.0.1" → 6, "14" → 14), or null when it cannot be read. */
export function parseMajorVersion(osVersion: unknown): number | null {
  return parseVersion(osVersion)?.major ?? null;
}
