import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/create-core';
import { err } from '../../shared/result';
import { resolveInside } from '../platform/resolve-inside';
import { contentTypes, readBody, sendJson, sendText } from './http-helpers';
import { createSessionGuard, sessionCookie } from './session-guard';

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string;
  bridgeScriptFile: string;
  port?: number;
}

export interface BrowserHost {
  origin: string;
  /** The URL to open: it carries the per-run token once, then a cookie does. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

// Larger than any valid request, so an oversized argument still gets the
// dispatcher's validation error rather than a dropped connection.
const maxBodyBytes = 16 * 1024 * 1024;

/**
 * The development and test door: the built renderer and the same core over
 * loopback HTTP (calls) and WebSocket (events). Never packaged into the app.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(32).toString('base64url');
  let origin = '';
  const guard = createSessionGuard(token, () => origin);

  const server = createServer((req, res) => {
    handle(req, res).catch((cause) => sendText(res, 500, `Browser host error: ${String(cause)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'GET' && url.pathname === '/launch') {
      if (!guard.tokenMatches(url.searchParams.get('token'))) return sendText(res, 403, 'Wrong or missing launch token.');
      res.writeHead(302, { location: '/', 'set-cookie': `${sessionCookie}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return void res.end();
    }
    if (!guard.isAllowed(req)) {
      return sendText(res, 403, 'Open the launch URL printed by `npm run dev:browser`.');
    }
    const call = url.pathname.match(/^\/api\/call\/([A-Za-z]{1,64})$/);
    if (call) return handleCall(call[1]!, req, res);
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  async function handleCall(channel: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
    // A JSON content type cannot be sent by a plain cross-site form.
    if (!req.headers['content-type']?.startsWith('application/json')) return sendJson(res, 415, err('invalid_request', 'Expected JSON'));
    const body = await readBody(req, maxBodyBytes);
    if (body === null) return sendJson(res, 413, err('invalid_request', 'The request is too large'));
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return sendJson(res, 400, err('invalid_request', 'The request is not valid JSON'));
    }
    sendJson(res, 200, await options.core.dispatch(channel, raw, { door: 'browser-host' }));
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    if (pathname === '/bridge.js') return serveFile(options.bridgeScriptFile, res);
    const file = resolveInside(options.rendererDir, pathname === '/' ? '/index.html' : pathname);
    if (!file) return sendText(res, 404, 'Not found');
    if (file.endsWith('index.html')) {
      const html = await fs.readFile(file, 'utf8');
      // The bridge must define the API before the app's module script runs, and
      // the app's CSP names the Electron origin, so it is pointed at this one.
      const withBridge = html
        .replaceAll('app://passcode-desk', "'self'")
        .replace("connect-src 'none'", "connect-src 'self'")
        .replace('<script', '<script src="/bridge.js"></script>\n    <script');
      res.writeHead(200, { 'content-type': contentTypes['.html']!, 'cache-control': 'no-store' });
      return void res.end(withBridge);
    }
    return serveFile(file, res);
  }

  async function serveFile(file: string, res: ServerResponse): Promise<void> {
    try {
      const data = await fs.readFile(file);
      res.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      sendText(res, 404, 'Not found');
    }
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', origin).pathname !== '/events' || !guard.isAllowed(req)) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });
  const stopForwarding = options.core.events.listen((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(message);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    token,
    launchUrl: `${origin}/launch?token=${token}`,
    close: async () => {
      stopForwarding();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
