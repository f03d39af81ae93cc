/**
 * `JSON.stringify(value, null, 2)` written out in pieces of about `pieceChars`
 * characters, so an export larger than V8's longest string (about 2^29
 * characters) can still be written, and is never held whole in memory. The
 * pieces join to exactly what JSON.stringify gives. Objects and arrays are
 * walked; an object or array with nothing nested inside (a finding, a row) is
 * stringified at once, as one small piece of text.
 */
export function* jsonPieces(value: unknown, pieceChars = 1 << 20): Generator<string> {
  let buffer = '';
  for (const text of walk(value, '')) {
    buffer += text;
    if (buffer.length >= pieceChars) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

type Json = Record<string, unknown> | unknown[];

const isNested = (value: unknown): value is Json => typeof value === 'object' && value !== null && !(typeof (value as { toJSON?: unknown }).toJSON === 'function');
// JSON.stringify leaves these keys out of an object (and writes null for them in an array).
const isLeftOut = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function* walk(value: unknown, indent: string): Generator<string> {
  if (!isNested(value) || !Object.values(value).some(isNested)) {
    // A leaf, or flat: small enough for one string. Its inner lines take this level's indent.
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries = Array.isArray(value) ? value.map((v) => [null, v] as const) : Object.entries(value).filter(([, v]) => !isLeftOut(v));
  if (entries.length === 0) {
    yield Array.isArray(value) ? '[]' : '{}';
    return;
  }
  yield Array.isArray(value) ? '[\n' : '{\n';
  let first = true;
  for (const [key, item] of entries) {
    yield `${first ? '' : ',\n'}${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`;
    yield* walk(isLeftOut(item) ? null : item, inner);
    first = false;
  }
  yield `\n${indent}${Array.isArray(value) ? ']' : '}'}`;
}
