import { entryTailOk, isActionId, isActionType, isLogTime, sameForActionOk } from '../../shared/log/known-good-line';
import type { ActionEntry } from '../../shared/log/log-entry';

/**
 * Every line of one action repeats, byte for byte, the action, technician,
 * tenant and device of its line before (about 400 of a line's 700 bytes). A
 * review parses and checks them once per action: it reads the few fields
 * before them (`v`, `seq`, `time`, `type`, `actionId`) as the writer writes
 * them, parses the repeated fields only when their bytes differ from those
 * of the action's last line, and parses what follows them (`ticket` ...
 * `prev`) on every line.
 *
 * It gives a line only when JSON.parse of the whole line would give the very
 * same value (keys in the same order) and knownGoodLine would accept it: the
 * first fields are matched exactly (no white space, no escapes, ASCII); the
 * repeated fields and the rest are each parsed by JSON.parse as members of
 * one object, and may share no key, so together they are the line's members;
 * the same bytes parse to the same values, checked when they were first
 * read. Anything else (another shape, a key twice, a line that is not UTF-8,
 * a header or seal) gets null, and the line goes the usual way
 * (parse-line.ts), which also words any finding: the answer never depends on
 * this shortcut.
 */
interface Remembered {
  /** The action id as first read: the same string every time, so maps need not hash it anew. */
  actionId: string;
  /** Its bytes, to know the action of the line before without making a string. */
  idBytes: Buffer;
  /** The repeated fields' bytes, from the comma after the action id to the end of the device. */
  bytes: Buffer;
  /** Their values, and their keys in the line's order. */
  fields: Record<string, unknown>;
  keys: string[];
}

export interface RepeatedFields {
  byAction: Map<string, Remembered>;
  /** The action of the last line read this way: usually the next line's too. */
  last: Remembered | null;
}

// A log interleaves few actions at a time (one technician's machine); this bounds memory whatever a file holds.
const MAX_ACTIONS = 1024;

export function createRepeatedFields(): RepeatedFields {
  return { byAction: new Map(), last: null };
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const HEAD = ascii('{"v":2,"seq":');
const TIME = ascii(',"time":"');
const TYPE = ascii('","type":"');
const ACTION_ID = ascii('","actionId":"');
// The device closes the repeated fields, as the writer orders them; the first `}` after it closes the device
// when no value holds one (a guess: if wrong, the parts do not parse as members, and the line goes the usual way).
const DEVICE = ascii(',"device":{');
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE = 0x7d;

function matches(bytes: Buffer, at: number, literal: Buffer): boolean {
  if (at + literal.length > bytes.length) return false;
  for (let i = 0; i < literal.length; i++) if (bytes[at + i] !== literal[i]) return false;
  return true;
}

/** Where the string starting at `at` ends (its closing quote), when it is printable ASCII without escapes; else -1. */
function plainStringEnd(bytes: Buffer, at: number, max: number): number {
  const limit = Math.min(bytes.length, at + max + 1);
  for (let i = at; i < limit; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) return i;
    if (b < 0x20 || b > 0x7e || b === 0x5c /* \ */) return -1;
  }
  return -1;
}

/** `{` + members + `}` as JSON.parse reads it, or undefined; a part holding U+FFFD (maybe bytes that are not UTF-8) is left to the usual way. */
function parseMembers(bytes: Buffer, from: number, to: number, close: string): unknown {
  const text = `{${bytes.toString('utf8', from, to)}${close}`;
  if (text.includes('\uFFFD')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True when bytes[from, to) are `literal`. */
function same(bytes: Buffer, from: number, to: number, literal: Buffer): boolean {
  if (to - from !== literal.length) return false;
  for (let i = 0; i < literal.length; i++) if (bytes[from + i] !== literal[i]) return false;
  return true;
}

/**
 * The repeated fields starting at `at` (the comma after the action id, whose bytes are [idFrom, at - 1)):
 * remembered, or read now and remembered; null if they do not check.
 */
function sameFields(bytes: Buffer, idFrom: number, at: number, memory: RepeatedFields): Remembered | null {
  const last = memory.last;
  const sameAction = last !== null && same(bytes, idFrom, at - 1, last.idBytes);
  const actionId = sameAction ? last.actionId : bytes.toString('latin1', idFrom, at - 1);
  const known = sameAction ? last : memory.byAction.get(actionId);
  if (known !== undefined) {
    const end = at + known.bytes.length;
    if (end < bytes.length && bytes[end] === COMMA && bytes.compare(known.bytes, 0, known.bytes.length, at, end) === 0) return known;
  }
  const device = bytes.indexOf(DEVICE, at);
  const end = device < 0 ? -1 : bytes.indexOf(CLOSE, device + DEVICE.length) + 1;
  if (end <= 0 || bytes[at] !== COMMA || bytes[end] !== COMMA) return null;
  // Members from after the comma; the action id was read raw (ASCII, no escapes), so its bytes are its value.
  const fields = parseMembers(bytes, at + 1, end, '}');
  if (!sameForActionOk(fields) || (known === undefined && !isActionId(actionId))) return null;
  const remembered = { actionId, idBytes: Buffer.from(bytes.subarray(idFrom, at - 1)), bytes: Buffer.from(bytes.subarray(at, end)), fields, keys: Object.keys(fields) };
  // Past the bound, start afresh: an action met again is simply read in full once more.
  if (memory.byAction.size >= MAX_ACTIONS) memory.byAction.clear();
  memory.byAction.set(actionId, remembered);
  return remembered;
}

/**
 * A line's bytes (without newline) as the value JSON.parse would give, when it is a format-2 action entry in
 * the writer's order that knownGoodLine certainly accepts; else null (read it the usual way).
 */
export function repeatedEntry(bytes: Buffer, memory: RepeatedFields, expectedPrev: string | undefined): ActionEntry | null {
  if (!matches(bytes, 0, HEAD)) return null;
  // seq: a whole number from 1 as JSON.stringify writes it (no sign, no leading zero, no fraction), at most 15 digits, so safe.
  let at = HEAD.length;
  let seq = 0;
  for (; at < bytes.length && at - HEAD.length < 16; at++) {
    const b = bytes[at]!;
    if (b < 0x30 || b > 0x39) break;
    seq = seq * 10 + (b - 0x30);
  }
  const digits = at - HEAD.length;
  if (digits === 0 || digits > 15 || bytes[HEAD.length] === 0x30 || !matches(bytes, at, TIME)) return null;
  at += TIME.length;
  const timeEnd = plainStringEnd(bytes, at, 64);
  if (timeEnd < 0 || !matches(bytes, timeEnd, TYPE)) return null;
  const time = bytes.toString('latin1', at, timeEnd);
  at = timeEnd + TYPE.length;
  const typeEnd = plainStringEnd(bytes, at, 16);
  if (typeEnd < 0 || !matches(bytes, typeEnd, ACTION_ID)) return null;
  const type = bytes.toString('latin1', at, typeEnd);
  at = typeEnd + ACTION_ID.length;
  const idEnd = plainStringEnd(bytes, at, 64);
  if (idEnd < 0 || !isActionType(type) || !isLogTime(time)) return null;
  const repeated = sameFields(bytes, at, idEnd + 1, memory);
  if (repeated === null) return null;
  memory.last = repeated;
  const rest = parseMembers(bytes, idEnd + 1 + repeated.bytes.length + 1, bytes.length, '');
  if (!entryTailOk(type, rest, expectedPrev)) return null;
  // Keys in the line's order, as JSON.parse of the whole line gives them.
  const entry: Record<string, unknown> = { v: 2, seq, time, type, actionId: repeated.actionId };
  for (const key of repeated.keys) entry[key] = repeated.fields[key];
  for (const key in rest) entry[key] = rest[key];
  return entry as unknown as ActionEntry;
}
