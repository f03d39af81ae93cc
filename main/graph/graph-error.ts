/**
 * A failed Graph call, as the rest of main sees it. It holds what a
 * technician or Microsoft support needs (status, Graph's code, a readable
 * message, the request-id / client-request-id / date headers) and nothing
 * from the request itself: no URL query, no header, so never a token.
 */
export type GraphFailure =
  | 'http' // Graph answered with an error status
  | 'network' // no answer: refused, reset or dropped connection
  | 'timeout'
  | 'cancelled' // the caller aborted
  | 'not-signed-in' // no token could be had without the user
  | 'malformed'; // an answer that is not what Graph sends

export interface GraphErrorFields {
  failure: GraphFailure;
  status?: number | null;
  code?: string | null;
  /** Intune's code from inside `error.message`, innermost level (e.g. "Forbidden" under a 401 "UnknownError"). */
  innerCode?: string | null;
  /** Intune's activity id, which Microsoft support asks for beside the request id. */
  activityId?: string | null;
  message: string;
  requestId?: string | null;
  clientRequestId?: string | null;
  date?: string | null;
  /** The service's own wait hint, for a 429 that was not waited out. */
  retryAfterMs?: number | null;
  /**
   * A network failure's code and server as the window words them (shared/i18n/os-fault.ts `codedNetworkCause`:
   * `PROXY_407\tgraph.microsoft.com`), so "the proxy asks for a sign-in" reads in Italian too; null when unknown.
   */
  networkCause?: string | null;
  /**
   * For a write: `not-run` when the service said it did not run it (or it was
   * never sent), `unknown` when it may have (503, 504, timeout, dropped connection).
   */
  outcome?: 'not-run' | 'unknown' | 'failed';
}

/**
 * The longest id or code from the service kept: Graph's request ids and Intune's activity ids are
 * GUIDs (36), its codes short words and its date header 29 characters. Anything longer is cut,
 * because these reach the window's details, the diagnostic log and the action log as they are, and a
 * broken or hostile answer (a 1 MB "request id") must not ride along to all three.
 */
export const maxServerId = 128;
/** The longest message kept: the readable sentence is already clipped to 500 (error-body.ts); this bounds every other. */
export const maxServerMessage = 2000;

/** `value` cut to `max` characters (the last one an ellipsis), or null. */
export function boundedText<T extends string | null | undefined>(value: T, max = maxServerId): T {
  if (typeof value !== 'string' || value.length <= max) return value;
  return `${value.slice(0, max - 1)}…` as T;
}

export class GraphError extends Error {
  readonly failure: GraphFailure;
  readonly status: number | null;
  readonly code: string | null;
  readonly innerCode: string | null;
  readonly activityId: string | null;
  readonly requestId: string | null;
  readonly clientRequestId: string | null;
  readonly date: string | null;
  readonly retryAfterMs: number | null;
  readonly outcome: 'not-run' | 'unknown' | 'failed';
  readonly networkCause: string | null;

  constructor(fields: GraphErrorFields) {
    super(boundedText(fields.message, maxServerMessage));
    this.name = 'GraphError';
    this.failure = fields.failure;
    this.status = fields.status ?? null;
    // Every text below may come from the service (headers, the error body): bounded here, once for every path.
    this.code = boundedText(fields.code ?? null);
    this.innerCode = boundedText(fields.innerCode ?? null);
    this.activityId = boundedText(fields.activityId ?? null);
    this.requestId = boundedText(fields.requestId ?? null);
    this.clientRequestId = boundedText(fields.clientRequestId ?? null);
    this.date = boundedText(fields.date ?? null);
    this.retryAfterMs = fields.retryAfterMs ?? null;
    this.outcome = fields.outcome ?? 'failed';
    this.networkCause = boundedText(fields.networkCause ?? null, 300);
  }

  withOutcome(outcome: 'not-run' | 'unknown' | 'failed'): GraphError {
    const { failure, status, code, innerCode, activityId, message, requestId, clientRequestId, date, retryAfterMs, networkCause } = this;
    return new GraphError({ failure, status, code, innerCode, activityId, message, requestId, clientRequestId, date, retryAfterMs, networkCause, outcome });
  }

  /**
   * Intune said "this account may not do this": a nested `Forbidden`, which
   * real tenants send under a 401 as often as under a 403 (docs/intune-facts.md).
   * Signing in again does not change it.
   */
  get refusedAccount(): boolean {
    return this.failure === 'http' && (this.status === 401 || this.status === 403) && this.innerCode?.toLowerCase() === 'forbidden';
  }

  /** For support and diagnostics: what identifies the call, never what authorised it. */
  get supportDetail(): Record<string, string | number> {
    const detail: Record<string, string | number> = {};
    if (this.status !== null) detail.status = this.status;
    if (this.code !== null) detail.graphCode = this.code;
    if (this.innerCode !== null) detail.intuneCode = this.innerCode;
    if (this.activityId !== null) detail.activityId = this.activityId;
    if (this.requestId !== null) detail.requestId = this.requestId;
    if (this.clientRequestId !== null) detail.clientRequestId = this.clientRequestId;
    if (this.date !== null) detail.date = this.date;
    return detail;
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}
