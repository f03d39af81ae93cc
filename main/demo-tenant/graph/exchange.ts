import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, type GraphError } from './graph-error';

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** A client-request-id we can echo: header-safe and short, as Graph requires. */
const ECHOABLE = /^[\x21-\x7e]{1,200}$/;

/**
 * One request and its answer. Every answer, errors and faults included,
 * carries `request-id` and `client-request-id` (the caller's, echoed), which
 * is what a technician quotes to support.
 */
export class Exchange {
  readonly requestId = randomUUID();
  readonly clientRequestId: string;
  readonly url: URL;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    private readonly now: () => number,
  ) {
    const sent = req.headers['client-request-id'];
    this.clientRequestId = typeof sent === 'string' && ECHOABLE.test(sent) ? sent : this.requestId;
    // Appended to a fixed origin, not resolved against it: a request target such as
    // "//host" or "http://[" then stays a path (answered 400) instead of throwing here.
    const target = req.url ?? '/';
    this.url = new URL(`http://127.0.0.1${target.startsWith('/') ? '' : '/'}${target}`);
    res.setHeader('request-id', this.requestId);
    res.setHeader('client-request-id', this.clientRequestId);
  }

  /** False once answered, or once the client went away (a delayed answer then has no one to go to). */
  get open(): boolean {
    return !this.res.headersSent && !this.res.destroyed;
  }

  sendJson(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
    this.send(status, JSON.stringify(body), ODATA_JSON, headers);
  }

  /** The request body as UTF-8, or null when it is larger than `maxBytes`. */
  async readText(maxBytes: number): Promise<string | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) return null;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  send(status: number, text: string | Buffer, contentType: string, headers: Readonly<Record<string, string>> = {}): void {
    if (!this.open) return;
    this.res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
    this.res.end(text);
  }

  sendNoContent(): void {
    if (!this.open) return;
    this.res.writeHead(204);
    this.res.end();
  }

  sendError(error: GraphError): void {
    const retry = error.options.retryAfter;
    const headers = { ...error.options.headers, ...(retry !== undefined && { 'retry-after': String(retry) }) };
    const body = errorBody(error, {
      requestId: this.requestId,
      clientRequestId: this.clientRequestId,
      now: this.now(),
      path: this.url.pathname,
    });
    this.send(error.status, JSON.stringify(body), 'application/json', headers);
  }

  /** Ends the connection without a byte of answer, as a load balancer reset would. */
  drop(): void {
    this.req.socket.destroy();
  }
}
