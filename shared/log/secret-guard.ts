/**
 * The last check before a line reaches the log: the schema leaves no field
 * for a token or passcode, but a free-text field (a ticket, a note, a Graph
 * error message) could still carry one by accident.
 */
export type SecretCheck = (text: string) => boolean;

// A JWT (access or ID token) has three base64url parts, the first two JSON objects, so both start with `eyJ`.
const jwtLike = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\./;
const bearerLike = /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i;

/** A check built from a list of secret values (a generated passcode, a refresh token...). */
export function forbidSubstrings(secrets: readonly string[]): SecretCheck {
  const values = secrets.filter((s) => s.length > 0);
  return (text) => values.some((secret) => text.includes(secret));
}

/**
 * Why `line` must not be written, or null. The caller's check runs on the
 * serialised line and on every string value raw, because JSON escaping can
 * hide a secret that contains a quote or a backslash.
 */
export function secretProblem(line: string, values: readonly string[], isSecret?: SecretCheck): string | null {
  for (const text of [line, ...values]) {
    if (jwtLike.test(text)) return 'the entry contains what looks like a token (JWT)';
    if (bearerLike.test(text)) return 'the entry contains what looks like a bearer token';
    if (isSecret?.(text)) return 'the entry contains a value registered as secret';
  }
  return null;
}

/** Every string inside a JSON-like value, for secretProblem. */
export function stringValues(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringValues(item, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => stringValues(item, out));
  return out;
}
