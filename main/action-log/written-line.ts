import { entryTypes, trackedStates } from '../../shared/log/log-entry';
import { remoteActionKinds } from '../../shared/remote-actions/remote-action';

/**
 * Reads a format-2 action entry laid out exactly as the writer lays it out (JSON.stringify of the entry
 * schema's fields in schema order: no spaces, no escapes in the strings read) and gives the very value
 * JSON.parse would give for those bytes: same keys in the same order, same values. Anything else (another
 * key order, whitespace, an escape, a number written otherwise, a byte that is not UTF-8, a field it does
 * not know, a seal or a header) gives null, and the caller parses the line in full, so no line ever gets
 * another answer than before. It decides nothing about validity: the caller checks the value as it checks
 * JSON.parse's (knownGoodLine, then the schema).
 *
 * Why: a review reads a million such lines, and JSON.parse builds every string and object of each anew,
 * although four lines in five repeat the action id, technician, tenant and device of the line before. Here
 * a field whose bytes equal the same field's bytes in the line before gets that line's value (one object,
 * one string), so nothing is decoded twice, and the chain's `prev` equal to the hash the reader computed
 * becomes that very string.
 */

type Obj = Record<string, unknown>;
interface Bytes extends Buffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const latin1 = (text: string) => Buffer.from(text, 'latin1');

// The line being read and where: every reader below moves `at` past what it read, or gives up (null) leaving it anywhere.
let line: Bytes = Buffer.alloc(0) as unknown as Bytes;
let at = 0;

/** True and past `mark` when the line has `mark` here. */
function skip(mark: Buffer): boolean {
  const b = line;
  const from = at;
  const n = mark.length;
  if (from + n > b.length) return false;
  for (let i = 0; i < n; i++) if (b[from + i] !== mark[i]) return false;
  at = from + n;
  return true;
}

/**
 * A JSON string without escapes, from just after its opening quote; `at` ends past its closing quote. Null
 * for an escape, a raw control byte (JSON.parse refuses it), a missing end, or bytes that are not UTF-8
 * (decoding shows them as U+FFFD; a genuine U+FFFD gives null too, and the full parse tells the two apart).
 */
function stringValue(): string | null {
  const bytes = line;
  const from = at;
  const n = bytes.length;
  let ascii = true;
  for (let i = from; i < n; i++) {
    const b = bytes[i]!;
    // One test for the usual byte; the quote, backslash, control and non-ASCII bytes are all outside this range.
    if (b > QUOTE && b < 0x80 && b !== BACKSLASH) continue;
    if (b === QUOTE) {
      at = i + 1;
      if (ascii) return bytes.latin1Slice(from, i);
      const text = bytes.utf8Slice(from, i);
      return text.includes('\uFFFD') ? null : text;
    }
    if (b === BACKSLASH || b < 0x20) return null;
    if (b >= 0x80) ascii = false;
  }
  return null;
}

/** One of `known` written as a string here (the constant itself, nothing decoded), or null. */
function constantValue(known: readonly Buffer[], values: readonly string[]): string | null {
  for (let k = 0; k < known.length; k++) if (skip(known[k]!)) return values[k]!;
  return null;
}
/** `"name"` followed by its closing quote, for each name: a constant matches only when its string ends there. */
const constants = (names: readonly string[]) => ({ bytes: names.map((name) => latin1(`${name}"`)), values: names });

/**
 * A field's value in the line before, with its bytes (a copy: a caller may reuse its buffer). A value whose
 * bytes are equal is the same value, since a complete JSON value ends where its text ends.
 */
interface Memo {
  bytes: Buffer;
  length: number;
  value: unknown;
}
const memo = (): Memo => ({ bytes: Buffer.alloc(0), length: 0, value: undefined });

function reused(m: Memo): unknown {
  const n = m.length;
  const end = at + n;
  if (n === 0 || end > line.length) return undefined;
  // Native: a loop in JavaScript compares about a byte a nanosecond, and a device is some 250 bytes.
  if (line.compare(m.bytes, 0, n, at, end) !== 0) return undefined;
  at = end;
  return m.value;
}

function remember(m: Memo, from: number, value: unknown): void {
  const length = at - from;
  if (m.bytes.length < length) m.bytes = Buffer.alloc(Math.max(length, 2 * m.bytes.length));
  line.copy(m.bytes, 0, from, at);
  m.length = length;
  m.value = value;
}

/** The value of a field that often repeats the line before's: reused when its bytes are equal, else read and remembered. */
function repeated<T>(m: Memo, read: () => T | null): T | null {
  const again = reused(m);
  if (again !== undefined) return again as T;
  const from = at;
  const value = read();
  if (value !== null) remember(m, from, value);
  return value;
}

const OPEN_STRING = latin1('"');
const quoted = () => (skip(OPEN_STRING) ? stringValue() : null);

function booleanValue(): boolean | null {
  if (skip(TRUE)) return true;
  if (skip(FALSE)) return false;
  return null;
}
const TRUE = latin1('true');
const FALSE = latin1('false');

/**
 * An object whose keys are `fields` in this order, each optional one possibly absent, every value a string
 * or, where the field says so, a boolean: the shapes of technician, device, decision and error. The first
 * field is required in each. A key it does not expect (unknown, repeated, out of order) leaves the closing
 * brace unmatched: null.
 */
interface ObjectShape {
  /** Each key with its quotes and colon, after the brace for the first, after a comma for the others. */
  marks: Buffer[];
  names: string[];
  required: boolean[];
  boolean: boolean[];
}
function shape(fields: ReadonlyArray<readonly [name: string, required: boolean, kind?: 'boolean']>): ObjectShape {
  return {
    marks: fields.map(([name], i) => latin1(`${i === 0 ? '{' : ','}"${name}":`)),
    names: fields.map(([name]) => name),
    required: fields.map(([, required]) => required),
    boolean: fields.map(([, , kind]) => kind === 'boolean'),
  };
}
const CLOSE = latin1('}');

function objectValue(s: ObjectShape): Obj | null {
  const value: Obj = {};
  for (let i = 0; i < s.marks.length; i++) {
    if (!skip(s.marks[i]!)) {
      if (s.required[i]) return null;
      continue;
    }
    const field = s.boolean[i] ? booleanValue() : quoted();
    if (field === null) return null;
    value[s.names[i]!] = field;
  }
  // Lines share these objects (see repeated() and the block of who), so no one may change one: frozen, they cannot be.
  return skip(CLOSE) ? Object.freeze(value) : null;
}

const TECHNICIAN = shape([
  ['upn', true],
  ['objectId', true],
  ['displayName', false],
]);
const DEVICE = shape([
  ['id', true],
  ['name', true],
  ['platform', false],
  ['osVersion', false],
  ['mode', false],
  ['ownerUpn', false],
  ['serial', false],
]);
const DECISION = shape([
  ['eligible', true, 'boolean'],
  ['mode', true],
  ['reasonCode', true],
  ['source', true],
]);
const ERROR = shape([
  ['code', true],
  ['message', true],
]);

const HEAD = latin1('{"v":2,"seq":');
const TIME = latin1(',"time":"');
const TYPE = latin1(',"type":"');
const ACTION_ID = latin1(',"actionId":');
const ACTION = latin1(',"action":"');
const TECHNICIAN_KEY = latin1(',"technician":');
const TENANT = latin1(',"tenantId":');
const DEVICE_KEY = latin1(',"device":');
const TICKET = latin1(',"ticket":"');
const IDENTITY = latin1(',"identityVerified":');
const DECISION_KEY = latin1(',"decision":');
const REQUEST_ID = latin1(',"graphRequestId":"');
const STATE = latin1(',"state":"');
const ERROR_KEY = latin1(',"error":');
const NOTE = latin1(',"note":"');
const PREV = latin1(',"prev":"');

const TYPES = constants(entryTypes);
const ACTIONS = constants(remoteActionKinds);
const STATES = constants(trackedStates);

// The technician, the tenant and the decision are often those of the action before too.
const memos = { who: memo(), technician: memo(), tenantId: memo(), decision: memo() };

/** Digits of a positive integer written as JSON writes it; at most 15, so it is exact. */
function seqValue(): number | null {
  let value = 0;
  const from = at;
  for (; at < line.length && at - from <= 15; at++) {
    const b = line[at]!;
    if (b < 0x30 || b > 0x39) break;
    value = value * 10 + (b - 0x30);
  }
  const digits = at - from;
  return digits === 0 || digits > 15 || line[from] === 0x30 ? null : value;
}

/** `prev`: the hash the reader computed for the line before is the usual value, and then its very string. */
function prevValue(expected: string | undefined): string | null {
  const end = expected === undefined ? -1 : at + expected.length;
  if (end > 0 && end < line.length && line[end] === QUOTE && line.latin1Slice(at, end) === expected) {
    at = end + 1;
    return expected!;
  }
  return stringValue();
}

/**
 * The value JSON.parse gives for `bytes` when they are an action entry in the writer's layout, else null.
 * `expectedPrev`: the hash of the line before as the reader computed it (only spares work).
 */
export function readWrittenEntry(bytes: Buffer, expectedPrev?: string): Obj | null {
  line = bytes as unknown as Bytes;
  at = 0;
  try {
    return entry(expectedPrev);
  } finally {
    line = EMPTY; // hold no caller's buffer between calls
  }
}
const EMPTY = Buffer.alloc(0) as unknown as Bytes;

function entry(expectedPrev: string | undefined): Obj | null {
  if (!skip(HEAD)) return null;
  const seq = seqValue();
  if (seq === null || !skip(TIME)) return null;
  const time = stringValue();
  if (time === null || !skip(TYPE)) return null;
  const type = constantValue(TYPES.bytes, TYPES.values);
  if (type === null) return null;
  // From the action id to the device, a line nearly always repeats the line before: one comparison for all five.
  let who = reused(memos.who) as Who | undefined;
  if (who === undefined) {
    const from = at;
    const read = whoValue();
    if (read === null) return null;
    remember(memos.who, from, read);
    who = read;
  }
  const value: Obj =
    who.action === undefined
      ? { v: 2, seq, time, type, actionId: who.actionId, technician: who.technician, tenantId: who.tenantId, device: who.device }
      : { v: 2, seq, time, type, actionId: who.actionId, action: who.action, technician: who.technician, tenantId: who.tenantId, device: who.device };
  return optionalFields(value) && skip(PREV) ? withPrev(value, expectedPrev) : null;
}

/** Action id, action, technician, tenant and device: who did what to which device. */
interface Who {
  actionId: string;
  action: string | undefined;
  technician: Obj;
  tenantId: string;
  device: Obj;
}

function whoValue(): Who | null {
  if (!skip(ACTION_ID)) return null;
  const actionId = quoted(); // a new action's: the block above matched whenever the action was the same
  if (actionId === null) return null;
  let action: string | undefined;
  if (skip(ACTION)) {
    const known = constantValue(ACTIONS.bytes, ACTIONS.values);
    if (known === null) return null;
    action = known;
  }
  if (!skip(TECHNICIAN_KEY)) return null;
  const technician = repeated(memos.technician, () => objectValue(TECHNICIAN));
  if (technician === null || !skip(TENANT)) return null;
  const tenantId = repeated(memos.tenantId, quoted);
  if (tenantId === null || !skip(DEVICE_KEY)) return null;
  const device = objectValue(DEVICE); // mostly another device than the action before's
  if (device === null) return null;
  return { actionId, action, technician, tenantId, device };
}

function withPrev(value: Obj, expectedPrev: string | undefined): Obj | null {
  const prev = prevValue(expectedPrev);
  if (prev === null || !skip(CLOSE) || at !== line.length) return null;
  value.prev = prev;
  return value;
}

/** ticket, identityVerified, decision, graphRequestId, state, error, note: each may be absent, in this order. */
function optionalFields(value: Obj): boolean {
  if (skip(TICKET)) {
    const ticket = stringValue();
    if (ticket === null) return false;
    value.ticket = ticket;
  }
  if (skip(IDENTITY)) {
    const identityVerified = booleanValue();
    if (identityVerified === null) return false;
    value.identityVerified = identityVerified;
  }
  if (skip(DECISION_KEY)) {
    const decision = repeated(memos.decision, () => objectValue(DECISION));
    if (decision === null) return false;
    value.decision = decision;
  }
  if (skip(REQUEST_ID)) {
    const graphRequestId = stringValue();
    if (graphRequestId === null) return false;
    value.graphRequestId = graphRequestId;
  }
  if (skip(STATE)) {
    const state = constantValue(STATES.bytes, STATES.values);
    if (state === null) return false;
    value.state = state;
  }
  if (skip(ERROR_KEY)) {
    const error = objectValue(ERROR);
    if (error === null) return false;
    value.error = error;
  }
  if (skip(NOTE)) {
    const note = stringValue();
    if (note === null) return false;
    value.note = note;
  }
  return true;
}
