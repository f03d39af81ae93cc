/**
 * The renderer is served from a privileged custom scheme rather than file://,
 * so it has a real origin the IPC wrapper can check and a CSP that means
 * something. Kept free of Electron imports so tests can use it.
 */
export const appScheme = 'app';
export const appHost = 'passcode-desk';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True only for URLs of our own renderer. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

/**
 * External links: parsed, https only, no credentials in the URL. Anything
 * else is refused rather than handed to the OS, which would run other schemes.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
    return url.toString();
  } catch {
    return null;
  }
}
