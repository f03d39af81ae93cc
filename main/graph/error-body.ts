/**
 * Reads Graph's error body, `{ error: { code, message, innerError } }`,
 * defensively. Intune often serialises a JSON document into `error.message`,
 * and that document's own `Message` may be JSON again (two levels for a
 * missing Intune role, docs/intune-facts.md): every level is unwrapped,
 * and the innermost `ErrorCode`, `Message` and `RetryAfter` win, because the
 * outer ones are the gateway's generic wrapping ("UnknownError").
 */
export interface ParsedErrorBody {
  code: string | null;
  /** Intune's own code from inside the message (e.g. "Forbidden"), innermost first. */
  innerCode: string | null;
  message: string | null;
  /** Intune's RetryAfter inside the message, in ms: a fallback when the header is missing. */
  retryAfterMs: number | null;
  innerRequestId: string | null;
  innerClientRequestId: string | null;
  innerDate: string | null;
  /** Intune's activity id (for Microsoft support), from a field or the message's trailer. */
  activityId: string | null;
}

const maxMessage = 500;
// Each level doubles the escaping, so the body cap already bounds the depth; this is a second stop.
const maxDepth = 64;

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

/** The first of these keys present with text, in whatever casing Intune used this time. */
function field(doc: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const key = Object.keys(doc).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined && doc[key] !== null && doc[key] !== undefined && doc[key] !== '') return doc[key];
  }
  return undefined;
}

function retryMs(value: unknown): number | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : null;
}

function parseJsonObject(raw: string): Record<string, unknown> | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    return record(JSON.parse(trimmed));
  } catch {
    return null; // not JSON after all (or cut short): it is text
  }
}

// Intune appends its tracing after " - ": what a technician reads is the part before.
const intuneTrailer = /\s+-\s+(?:Operation ID|Activity ID|Url)\b[\s\S]*$/i;
const activityInText = /Activity ID:\s*([0-9a-f-]{8,64})/i;

export interface IntuneMessage {
  message: string | null;
  code: string | null;
  retryAfterMs: number | null;
  activityId: string | null;
  requestId: string | null;
}

/** The readable sentence of an Intune message, unwrapping JSON inside JSON to any depth. */
export function readableIntuneMessage(raw: string): IntuneMessage {
  const found: IntuneMessage = { message: null, code: null, retryAfterMs: null, activityId: null, requestId: null };
  let current: string | null = raw;
  for (let depth = 0; current !== null && depth < maxDepth; depth++) {
    const doc = parseJsonObject(current);
    if (doc === null) {
      found.message = current;
      break;
    }
    // Each level may say more; a deeper level overrides what an outer one said.
    const code = text(field(doc, 'ErrorCode', 'code'));
    if (code !== null) found.code = code;
    const retry = retryMs(field(doc, 'RetryAfter'));
    if (retry !== null) found.retryAfterMs = retry;
    const activity = text(field(doc, 'ActivityId', 'activityId'));
    if (activity !== null) found.activityId = activity;
    const request = text(field(doc, 'RequestId', 'request-id'));
    if (request !== null) found.requestId = request;
    const inner = field(doc, 'Message');
    current = typeof inner === 'string' ? inner : null;
  }
  if (found.message !== null) {
    found.activityId = activityInText.exec(found.message)?.[1] ?? found.activityId;
    const sentence = text(found.message.replace(intuneTrailer, ''));
    found.message = sentence === null ? null : clip(sentence);
  }
  return found;
}

/** Parses an error response's text; never throws, whatever the text is. */
export function parseErrorBody(bodyText: string): ParsedErrorBody {
  const empty: ParsedErrorBody = {
    code: null, innerCode: null, message: null, retryAfterMs: null, innerRequestId: null, innerClientRequestId: null, innerDate: null, activityId: null,
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
  const intune = rawMessage === null ? null : readableIntuneMessage(rawMessage);
  return {
    code: text(error.code),
    innerCode: intune?.code ?? null,
    message: intune?.message ?? null,
    retryAfterMs: intune?.retryAfterMs ?? null,
    innerRequestId: text(inner?.['request-id']) ?? intune?.requestId ?? null,
    innerClientRequestId: text(inner?.['client-request-id']),
    innerDate: text(inner?.date),
    activityId: intune?.activityId ?? null,
  };
}
