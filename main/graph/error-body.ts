/**
 * Reads Graph's error body, `{ error: { code, message, innerError } }`,
 * defensively. Intune often serialises a JSON document into `error.message`
 * ({"_version":3,"Message":"... - Operation ID (for customer support): ... -
 * Activity ID: ... - Url: ...","RetryAfter":...}); the technician should see
 * the sentence, not the document.
 */
export interface ParsedErrorBody {
  code: string | null;
  message: string | null;
  /** Intune's RetryAfter inside the message, in ms: a fallback when the header is missing. */
  retryAfterMs: number | null;
  innerRequestId: string | null;
  innerClientRequestId: string | null;
  innerDate: string | null;
}

const maxMessage = 500;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function clip(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxMessage ? `${oneLine.slice(0, maxMessage - 1)}…` : oneLine;
}

// Intune appends its tracing after " - ": what a technician reads is the part before.
const intuneTrailer = /\s+-\s+(?:Operation ID|Activity ID|Url)\b[\s\S]*$/i;

/** The readable sentence of an Intune message, whether it is plain text or a JSON document. */
export function readableIntuneMessage(raw: string): { message: string | null; retryAfterMs: number | null } {
  let message: string | null = raw;
  let retryAfterMs: number | null = null;
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    try {
      const doc = record(JSON.parse(trimmed));
      if (doc) {
        message = text(doc.Message) ?? text(doc.message) ?? null;
        const retry = doc.RetryAfter ?? doc.retryAfter;
        const retrySeconds = typeof retry === 'number' ? retry : typeof retry === 'string' ? Number(retry) : Number.NaN;
        if (Number.isFinite(retrySeconds) && retrySeconds >= 0) retryAfterMs = Math.round(retrySeconds * 1000);
      }
    } catch {
      // Not JSON after all (or cut short): show it as text.
    }
  }
  if (message !== null) {
    message = text(message.replace(intuneTrailer, ''));
  }
  return { message: message === null ? null : clip(message), retryAfterMs };
}

/** Parses an error response's text; never throws, whatever the text is. */
export function parseErrorBody(bodyText: string): ParsedErrorBody {
  const empty: ParsedErrorBody = {
    code: null, message: null, retryAfterMs: null, innerRequestId: null, innerClientRequestId: null, innerDate: null,
  };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    const plain = text(bodyText);
    // An HTML error page from a proxy says nothing useful in a sentence.
    return plain !== null && !plain.startsWith('<') ? { ...empty, message: clip(plain) } : empty;
  }
  const error = record(record(json)?.error);
  if (!error) return empty;
  const inner = record(error.innerError) ?? record(error.innererror);
  const rawMessage = text(error.message);
  const { message, retryAfterMs } = rawMessage === null ? { message: null, retryAfterMs: null } : readableIntuneMessage(rawMessage);
  return {
    code: text(error.code),
    message,
    retryAfterMs,
    innerRequestId: text(inner?.['request-id']),
    innerClientRequestId: text(inner?.['client-request-id']),
    innerDate: text(inner?.date),
  };
}
