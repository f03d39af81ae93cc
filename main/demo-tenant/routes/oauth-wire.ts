import { randomUUID } from 'node:crypto';
import type { Exchange } from '../graph/exchange';
import type { TenantState } from '../tenant-state';

/**
 * The identity platform's wire conventions, as the OAuth endpoints need them:
 * form bodies in, JSON out, errors as `{ error, error_description }` whose
 * description starts with an AADSTS code and ends with trace lines, as
 * Entra ID's do (clients show the code; the trace lines are noise to strip).
 */
const MAX_FORM_BYTES = 16 * 1024;
const FORWARDED_HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

export async function readForm(exchange: Exchange): Promise<URLSearchParams | null> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(exchange.req.headers['content-type'] ?? '')) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of exchange.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function readJson(exchange: Exchange): Promise<Record<string, unknown> | null> {
  if (!/^application\/json\b/i.test(exchange.req.headers['content-type'] ?? '')) return null;
  let text = '';
  for await (const chunk of exchange.req) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length > MAX_FORM_BYTES) return null;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function sendOAuthJson(exchange: Exchange, status: number, body: object): void {
  exchange.send(status, JSON.stringify(body), 'application/json; charset=utf-8', { 'cache-control': 'no-store', pragma: 'no-cache' });
}

export function oauthErrorBody(state: TenantState, error: string, aadsts: number, text: string): object {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date(state.clock.now()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    error,
    error_description: `AADSTS${aadsts}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [aadsts],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
  };
}

export function sendOAuthError(state: TenantState, exchange: Exchange, status: number, error: string, aadsts: number, text: string): void {
  sendOAuthJson(exchange, status, oauthErrorBody(state, error, aadsts, text));
}

/**
 * The origin clients reach this tenant under. A client that maps
 * https://login.microsoftonline.com onto the tenant's loopback address (as
 * the tests' MSAL network client does) says so in X-Forwarded-Host/-Proto,
 * like a reverse proxy, so discovery documents name the address it uses.
 */
export function publicOrigin(state: TenantState, exchange: Exchange): string {
  const host = exchange.req.headers['x-forwarded-host'];
  const proto = exchange.req.headers['x-forwarded-proto'];
  if (typeof host === 'string' && FORWARDED_HOST.test(host)) return `${proto === 'http' ? 'http' : 'https'}://${host.toLowerCase()}`;
  return state.baseUrl;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function sendPage(exchange: Exchange, status: number, title: string, body: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
  exchange.send(status, html, 'text/html; charset=utf-8', { 'cache-control': 'no-store' });
}
