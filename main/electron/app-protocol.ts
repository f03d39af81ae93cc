import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { appHost, appScheme } from './app-origin';
import { resolveInside } from '../platform/resolve-inside';

/** Must run before the app is ready: makes app:// a standard, secure origin. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves the built renderer from app://passcode-desk/, refusing any path that escapes its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    const file = resolveInside(rendererDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path.normalize(file)).toString());
  });
}
