import { isUtf8 } from 'node:buffer';
import { knownGoodLine } from '../../shared/log/known-good-line';
import { LEGACY_FORMAT_VERSION, LOG_FORMAT_VERSION, parseLogLine, type AnyLine } from '../../shared/log/log-entry';
import type { FindingKind } from '../../shared/log/log-finding';
import type { FindingMessage } from '../../shared/messages/finding-message';
import { entryHash } from './entry-crypto';
import { readWrittenEntry } from './written-line';

/**
 * Entries are a few hundred bytes; the schema caps every field, so nothing
 * the writer makes comes near this. Longer lines are reported, not parsed.
 */
export const MAX_LINE_BYTES = 64 * 1024;

export type ParsedLine =
  | { ok: true; line: AnyLine }
  | { ok: false; kind: FindingKind; say: FindingMessage; actionId?: string };

const fail = (kind: FindingKind, say: FindingMessage, actionId?: unknown): ParsedLine =>
  typeof actionId === 'string' ? { ok: false, kind, say, actionId } : { ok: false, kind, say };
const NOT_UTF8: FindingMessage = { code: 'notUtf8', params: {} };

// NUL and other C0 controls cannot appear raw in JSON text (tab and CR are whitespace).
const hasControlBytes = (bytes: Uint8Array) => bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0d);

/** True for a format-1 line whose content no longer matches its own hash (format 2 lines carry none). */
function hashMismatch(record: Record<string, unknown>): boolean {
  if (record.v !== LEGACY_FORMAT_VERSION || typeof record.hash !== 'string') return false;
  try {
    return entryHash(record) !== record.hash;
  } catch {
    return false; // e.g. 1e400 parses to Infinity, which has no canonical form: not a line we ever wrote
  }
}

/**
 * One line's bytes (without its newline) to a log line, or why it is not one. `expectedPrev`: the hash of
 * the line before, as the reader computed it (see knownGoodLine); it spares work, never changes the answer.
 */
export function parseLineBytes(bytes: Buffer, expectedPrev?: string): ParsedLine {
  if (bytes.length <= MAX_LINE_BYTES) {
    // Nearly every line is an action entry as the writer wrote it: those are read without decoding and parsing it all,
    // into the value JSON.parse would give, and checked as it would be. Any other line, or one that fails, goes on below.
    const written = readWrittenEntry(bytes, expectedPrev);
    const known = written === null ? null : knownGoodLine(written, expectedPrev);
    if (known !== null) return { ok: true, line: known };
  }
  return parseLineInFull(bytes, expectedPrev);
}

/** What parseLineBytes answers, found without reading the writer's layout first: every line's answer is this one. */
export function parseLineInFull(bytes: Buffer, expectedPrev?: string): ParsedLine {
  if (bytes.length > MAX_LINE_BYTES) return fail('too-long', { code: 'tooLong', params: { bytes: String(bytes.length), max: String(MAX_LINE_BYTES) } });
  const text = bytes.toString('utf8');
  // Decoding turns bytes that are not UTF-8 into U+FFFD: only a line that shows one needs the full check.
  if (text.includes('\uFFFD') && !isUtf8(bytes)) return fail('binary', NOT_UTF8);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON admits no raw control byte but tab and CR, so a line that parses holds none: look only when it does not.
    if (hasControlBytes(bytes)) return fail('binary', NOT_UTF8);
    return fail('not-json', text.trim() === '' ? { code: 'emptyLine', params: {} } : { code: 'notJson', params: { detail: (error as Error).message } });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-json', { code: 'notObject', params: {} });
  const quick = knownGoodLine(value, expectedPrev);
  if (quick !== null) return { ok: true, line: quick };
  const record = value as Record<string, unknown>;
  if (record.v !== LOG_FORMAT_VERSION && record.v !== LEGACY_FORMAT_VERSION) {
    const known = `${LEGACY_FORMAT_VERSION}, ${LOG_FORMAT_VERSION}`;
    return fail('wrong-version', { code: 'wrongVersion', params: { version: JSON.stringify(record.v ?? null), known } }, record.actionId);
  }
  const parsed = parseLogLine(value);
  if (parsed.success) return { ok: true, line: parsed.data };
  // A line someone edited into an invalid shape is an edit first: say so when its own hash no longer matches.
  if (hashMismatch(record)) {
    return fail('edited', { code: 'editedInvalid', params: {} }, record.actionId);
  }
  const issue = parsed.error.issues[0];
  const field = issue ? issue.path.join('.') : '';
  return fail('invalid-entry', { code: 'invalidEntry', params: { field, detail: issue?.message ?? 'schema mismatch' } }, record.actionId);
}
