/**
 * Which of the Graph permissions the sign-in asked for the token response did not grant. OAuth 2.0 lets the
 * identity platform grant fewer scopes than were asked (RFC 6749, 5.1: the response's `scope` is then required),
 * and MSAL hands that `scope` on as `AuthenticationResult.scopes` (it falls back to the asked scopes only when the
 * response has none). This reads that answer, never the access token: the token is not the app's to read.
 */

/** A scope's name without its resource: `https://graph.microsoft.com/X.Read.All` and `X.Read.All` are one scope. */
export function scopeName(scope: string): string {
  return scope.slice(scope.lastIndexOf('/') + 1);
}

/**
 * The asked Graph scopes (by name, as asked) that `granted` lacks; empty when `granted` is null (the response
 * did not say, so nothing is known) or holds them all. Names compare without case, as Entra ID treats them.
 */
export function missingScopes(asked: readonly string[], granted: readonly string[] | null | undefined): string[] {
  if (granted === null || granted === undefined) return [];
  const have = new Set(granted.map((scope) => scopeName(scope).toLowerCase()));
  return asked.map(scopeName).filter((name) => !have.has(name.toLowerCase()));
}
