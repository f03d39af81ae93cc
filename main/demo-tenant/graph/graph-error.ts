import { randomUUID } from 'node:crypto';

/**
 * A Graph failure a handler throws and the server turns into Graph's error
 * shape. `intune` errors carry their message the way the Intune service
 * does: a JSON document serialised into `error.message`, which clients must
 * parse defensively.
 */
export interface GraphErrorOptions {
  readonly intune?: boolean;
  /**
   * Intune's own code wrapped around the message document, e.g. "Forbidden"
   * under a 401 "UnknownError". `nesting` 2 puts the usual document inside
   * the wrapper's Message (JSON in JSON in JSON, as real tenants send for a
   * missing role); 1 gives the wrapper a plain-text Message.
   */
  readonly innerErrorCode?: string;
  readonly nesting?: 1 | 2;
  /** Seconds; sent as `Retry-After` and, for Intune errors, inside the message. */
  readonly retryAfter?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: GraphErrorOptions = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, intune = false): GraphError =>
  new GraphError(400, 'BadRequest', message, { intune });

export const notFound = (message: string, intune = true): GraphError =>
  new GraphError(404, 'ResourceNotFound', message, { intune });

export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: {
      readonly date: string;
      readonly 'request-id': string;
      readonly 'client-request-id': string;
    };
  };
}

export interface ErrorContext {
  readonly requestId: string;
  readonly clientRequestId: string;
  /** The instant of the answer, from the tenant's clock. */
  readonly now: number;
  /** The request path, which Intune quotes (against its own host) in its messages. */
  readonly path: string;
}

/** Graph writes the inner error's date without fractional seconds or zone. */
export function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

function intuneMessage(error: GraphError, ctx: ErrorContext): string {
  // The host is deliberately fake: the shape matters, not the address.
  const url = `https://fef.demo-tenant.invalid/StatelessDeviceFEService${ctx.path}?api-version=5025-01-01`;
  const sentence = `${error.message} - Operation ID (for customer support): ${randomUUID()} - Activity ID: ${ctx.requestId} - Url: ${url}`;
  if (error.options.innerErrorCode !== undefined) {
    const inner = error.options.nesting === 1 ? sentence : documentOf(error, sentence);
    return JSON.stringify({ ErrorCode: error.options.innerErrorCode, Message: inner, Target: null, Details: null, InnerError: null, Instance: null });
  }
  return documentOf(error, sentence);
}

function documentOf(error: GraphError, sentence: string): string {
  return JSON.stringify({
    _version: 3,
    Message: sentence,
    CustomApiErrorPhrase: '',
    RetryAfter: error.options.retryAfter ?? null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  });
}

export function errorBody(error: GraphError, ctx: ErrorContext): GraphErrorBody {
  return {
    error: {
      code: error.code,
      message: error.options.intune ? intuneMessage(error, ctx) : error.message,
      innerError: {
        date: graphDate(ctx.now),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId,
      },
    },
  };
}
