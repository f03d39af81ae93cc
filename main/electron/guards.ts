import type { Session, WebContents } from 'electron';
import { isAppUrl, safeExternalUrl } from './app-origin';

/**
 * The fenced global guard: no navigation away from our renderer, no new
 * windows (https links go to the system browser instead), no webviews, and
 * every permission request refused but the clipboard write (limitPermissions).
 */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe) void openExternal(safe);
    return { action: 'deny' };
  });
}

/**
 * The only permission the renderer needs: writing the clipboard, for Copy
 * passcode (and the fingerprint and sign-in code). Reading it, notifications,
 * camera and everything else stay refused, and so does any other origin.
 */
const neededPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** `requesting` is the requesting frame's URL (request handler) or origin (check handler). */
export function isPermissionAllowed(permission: string, requesting: string | undefined): boolean {
  return neededPermissions.has(permission) && requesting !== undefined && isAppUrl(requesting);
}

export function limitPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}
