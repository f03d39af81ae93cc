import type { GraphScopeSet, TokenProvider } from '../auth/token-provider';
import { NotSignedInError } from '../auth/token-provider';
import type { Clock } from '../base/clock';
import { parseErrorBody } from './error-body';
import { boundedText, GraphError } from './graph-error';
import { proxyRefusalCode, proxyRefusalStatus } from '../base/proxy-refusal';
import { codedNetworkCause } from '../../shared/i18n/os-fault';
import { parseRetryAfter } from './retry-policy';

/**
 * One HTTP exchange with Graph: token, headers, timeout, body. It decides
 * nothing about retrying; it says what happened in terms the retry loop
 * (graph-transport.ts) can act on.
 */
export interface GraphCall {
  method: 'GET' | 'POST';
  url: string;
  scopes: GraphScopeSet;
  /** A write (resetPasscode): its outcome after a lost answer is unknown, and it is never re-sent then. */
  write: boolean;
  clientRequestId: string;
  /** Sent as JSON (a report export request); the remote actions have no body. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface GraphResponse {
  status: number;
  /** Parsed JSON, or null for an empty answer (204). */
  body: unknown;
  requestId: string | null;
  clientRequestId: string | null;
  date: string | null;
}

export type AttemptResult =
  | { kind: 'response'; response: GraphResponse }
  /** `sent`: the request may have reached the service (false when the connection was refused outright). */
  | { kind: 'failed'; error: GraphError; sent: boolean };

export interface AttemptDeps {
  tokens: TokenProvider;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
  /** The largest answer read; a page of 1000 devices is about 2 MB. Default 64 MB. */
  maxBodyBytes?: number;
}

const defaultMaxBodyBytes = 64 * 1024 * 1024;

/** The answer's text, or null when it is larger than `max` bytes (then it is not read further). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  // Decoded as response.text() would (UTF-8, a byte order mark dropped).
  return new TextDecoder().decode(Buffer.concat(chunks));
}

// Causes that mean the request never left this machine.
/** The server a call went to, for the worded cause ("server graph.microsoft.com"). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'Microsoft Graph';
  }
}

const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function causeCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

/** A response header's value, bounded: request-id and date reach the window and the action log from a success too. */
function headerOf(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  return value === null || value === '' ? null : boundedText(value);
}

async function tokenFor(deps: AttemptDeps, call: GraphCall, forceRefresh: boolean): Promise<string | GraphError> {
  try {
    return await deps.tokens.getAccessToken(call.scopes, forceRefresh ? { forceRefresh: true } : undefined);
  } catch (error) {
    // Only the provider's own wording goes on: it speaks about sign-in, never holds a token.
    const message = error instanceof NotSignedInError ? error.message : `Sign-in could not be renewed: ${(error as Error)?.message ?? 'unknown error'}`;
    return new GraphError({ failure: 'not-signed-in', message, clientRequestId: call.clientRequestId, outcome: 'not-run' });
  }
}

export async function attemptGraphCall(deps: AttemptDeps, call: GraphCall, forceRefresh: boolean): Promise<AttemptResult> {
  const token = await tokenFor(deps, call, forceRefresh);
  if (token instanceof GraphError) return { kind: 'failed', error: token, sent: false };

  const controller = new AbortController();
  const timer = new AbortController();
  const onCallerAbort = () => controller.abort('cancelled');
  if (call.signal?.aborted) onCallerAbort();
  call.signal?.addEventListener('abort', onCallerAbort, { once: true });
  deps.clock.sleep(deps.timeoutMs, timer.signal).then(() => controller.abort('timeout'), () => undefined);

  const failed = (failure: 'network' | 'timeout' | 'cancelled' | 'malformed', detail: string, sent = true, response?: Response, networkCause?: string): AttemptResult => ({
    kind: 'failed',
    sent,
    error: new GraphError({
      failure,
      message: detail,
      status: response?.status ?? null,
      requestId: response ? headerOf(response.headers, 'request-id') : null,
      clientRequestId: (response && headerOf(response.headers, 'client-request-id')) ?? call.clientRequestId,
      date: response ? headerOf(response.headers, 'date') : null,
      networkCause: networkCause ?? null,
    }),
  });
  const whyAborted = () =>
    controller.signal.reason === 'timeout'
      ? failed('timeout', `Microsoft Graph did not answer within ${Math.round(deps.timeoutMs / 1000)} s`)
      : failed('cancelled', 'The request was cancelled');

  let response: Response;
  try {
    response = await deps.fetch(call.url, {
      method: call.method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        'client-request-id': call.clientRequestId,
        'return-client-request-id': 'true',
        ...(call.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(call.body !== undefined && { body: JSON.stringify(call.body) }),
      // A redirect must not carry the bearer token anywhere: Graph does not redirect these calls.
      redirect: 'manual',
      signal: controller.signal,
    });
  } catch (error) {
    timer.abort();
    call.signal?.removeEventListener('abort', onCallerAbort);
    if (controller.signal.aborted) return whyAborted();
    // A proxy that refused the tunnel let nothing through to Graph: the call was not sent (base/proxy-refusal.ts).
    const proxyStatus = proxyRefusalStatus(error);
    const code = proxyStatus !== null ? proxyRefusalCode(proxyStatus) : causeCode(error);
    const sent = proxyStatus === null && (code === null || !notSentCodes.has(code));
    return failed('network', `Microsoft Graph could not be reached${code ? ` (${code})` : ''}`, sent, undefined, code ? codedNetworkCause(code, hostOf(call.url)) : undefined);
  }

  let text: string | null;
  try {
    // A broken or hostile endpoint must not make main hold an unbounded answer in memory.
    text = await readCapped(response, deps.maxBodyBytes ?? defaultMaxBodyBytes);
  } catch {
    if (controller.signal.aborted) return whyAborted();
    return failed('network', 'The connection to Microsoft Graph dropped before the answer was complete', true, response);
  } finally {
    timer.abort();
    call.signal?.removeEventListener('abort', onCallerAbort);
  }

  const requestId = headerOf(response.headers, 'request-id');
  const clientRequestId = headerOf(response.headers, 'client-request-id') ?? call.clientRequestId;
  const date = headerOf(response.headers, 'date');
  const success = response.status >= 200 && response.status < 300;
  // A write's success has no body worth reading: its status is the answer.
  if (text === null && !(success && call.write)) {
    return failed('malformed', 'Microsoft Graph sent an answer too large to read', true, response);
  }
  text ??= '';
  if (success) {
    let body: unknown = null;
    if (text.trim() !== '' && !call.write) {
      try {
        body = JSON.parse(text);
      } catch {
        return failed('malformed', 'Microsoft Graph sent an answer that could not be read', true, response);
      }
    }
    return { kind: 'response', response: { status: response.status, body, requestId, clientRequestId, date } };
  }

  const parsed = parseErrorBody(text);
  const retryAfterMs = parseRetryAfter(headerOf(response.headers, 'retry-after'), deps.clock.now(), date) ?? parsed.retryAfterMs;
  return {
    kind: 'failed',
    sent: true,
    error: new GraphError({
      failure: 'http',
      status: response.status,
      code: parsed.code,
      innerCode: parsed.innerCode,
      activityId: parsed.activityId,
      message: parsed.message ?? `Microsoft Graph answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      requestId: requestId ?? parsed.innerRequestId,
      clientRequestId: clientRequestId ?? parsed.innerClientRequestId,
      date: date ?? parsed.innerDate,
      retryAfterMs,
    }),
  };
}
