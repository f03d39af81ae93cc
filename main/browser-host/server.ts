import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/create-core';
import type { Logger } from '../base/logger';
import { err } from '../../shared/result';
import { resolveInside } from '../platform/resolve-inside';
import { contentTypes, readBody, sendJson, sendText } from './http-helpers';
import { exceedsNesting } from './json-depth';
import { launchPage } from './launch-page';
import { createSessionGuard } from './session-guard';
import { eventsProtocol } from '../../shared/browser-host/wire-names';
import { eventFrame } from '../../shared/browser-host/event-frames';

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string;
  bridgeScriptFile: string;
  port?: number;
  /** Where the host's own failures go (never to the client); default: nowhere. */
  logger?: Logger;
}

export interface BrowserHost {
  origin: string;
  /** The URL to open, once: its token is exchanged for a session secret on first use. */
  launchUrl: string;
  close(): Promise<void>;
}

// Larger than any valid request, so an oversized argument still gets the
// dispatcher's validation error rather than a dropped connection.
const maxBodyBytes = 16 * 1024 * 1024;
// Far deeper than any request of the contract (the dispatcher allows 16), far
// shallower than what makes parsing slow: a body nested deeper is refused unread.
const maxBodyNesting = 64;

/** The request's path, or null when the request line holds no URL we can read. */
function pathAndQuery(req: IncomingMessage, origin: string): URL | null {
  try {
    return new URL(req.url ?? '/', origin);
  } catch {
    return null;
  }
}

/**
 * The development and test door: the built renderer and the same core over
 * loopback HTTP (calls) and WebSocket (events). Never packaged into the app.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let origin = '';
  const guard = createSessionGuard(() => origin);

  const server = createServer((req, res) => {
    handle(req, res).catch((cause: unknown) => {
      // The exception's text stays here: a client (maybe not ours) learns nothing from it.
      options.logger?.error('Browser host: a request failed', cause);
      if (!res.headersSent) sendText(res, 500, 'The browser host could not answer this request.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = pathAndQuery(req, origin);
    if (url === null) return sendText(res, 400, 'Bad request.');
    if (!guard.mayRead(req)) return sendText(res, 403, 'Open the launch URL printed by `npm run dev:browser`.');
    if (req.method === 'GET' && url.pathname === '/launch') {
      const session = guard.exchange(url.searchParams.get('token'));
      if (session === null) {
        const why = guard.launched() ? 'This launch URL was already used. Restart `npm run dev:browser` for a new one.' : 'Wrong or missing launch token.';
        return sendText(res, 403, why);
      }
      res.writeHead(200, {
        'content-type': contentTypes['.html']!,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'content-security-policy': "default-src 'none'; script-src 'self'",
      });
      return void res.end(launchPage(session));
    }
    const call = url.pathname.match(/^\/api\/call\/([A-Za-z]{1,64})$/);
    if (call) {
      if (!guard.isAllowed(req)) return sendText(res, 403, 'Open the launch URL printed by `npm run dev:browser`.');
      return handleCall(call[1]!, req, res);
    }
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  async function handleCall(channel: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
    // A JSON content type cannot be sent by a plain cross-site form.
    if (!req.headers['content-type']?.startsWith('application/json')) return sendJson(res, 415, err('invalid_request', 'Expected JSON'));
    const body = await readBody(req, maxBodyBytes);
    if (body === null) return sendJson(res, 413, err('invalid_request', 'The request is too large'));
    if (exceedsNesting(body, maxBodyNesting)) return sendJson(res, 400, err('invalid_request', 'The request is nested too deeply'));
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

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    // Echo our protocol only: the session secret offered beside it is never sent back.
    handleProtocols: (protocols) => (protocols.has(eventsProtocol) ? eventsProtocol : false),
  });
  server.on('upgrade', (req, socket, head) => {
    // A socket error before or after the upgrade must not become an uncaught exception.
    socket.on('error', () => socket.destroy());
    if (pathAndQuery(req, origin)?.pathname !== '/events' || !guard.isAllowed(req)) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // The renderer only listens; anything it sends that breaks the protocol (a frame over
      // maxPayload, invalid UTF-8) ends this one socket, never the host and its actions in flight.
      ws.on('error', () => ws.terminate());
      sockets.emit('connection', ws, req);
    });
  });
  const stopForwarding = options.core.events.listen((event, payload) => {
    // Device pages travel as binary frames of their JSON text (event-frames.ts), the rest as JSON text frames.
    const message = eventFrame(event, payload);
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(message);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    launchUrl: `${origin}/launch?token=${guard.launchToken}`,
    close: async () => {
      stopForwarding();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
