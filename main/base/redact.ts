/**
 * The last line of defence for the diagnostic log: callers never pass a
 * token or a passcode, and if one slips into an error message anyway (a URL
 * with a code, a library's error quoting a header or a JSON body) it is
 * masked before the line reaches the disk.
 */
const patterns: ReadonlyArray<[RegExp, string]> = [
  // Authorization headers and bare bearer tokens.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // JSON Web Tokens (access and ID tokens): three base64url parts, the first starting with eyJ.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  // key=value and "key": "value" pairs whose key names a secret (query strings, form bodies, JSON).
  [
    /(["']?)\b(access_token|refresh_token|id_token|client_secret|code_verifier|device_code|code|password|passcode|secret|token)\1(\s*[:=]\s*)(["']?)[^"'&\s,}]+/gi,
    '$1$2$1$3$4[redacted]',
  ],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
  return out;
}
