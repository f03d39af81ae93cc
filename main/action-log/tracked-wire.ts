import type { FoldedAction, Tracked } from '../../shared/log/folded-action';
import {
  ACTION, CHAIN, DEVICE_SHAPE, ENTRY_COUNT, ERROR_SHAPE, FINDINGS, FIRST_FILE, FIRST_LINE, FIRST_SEQ, FLAGS, IDENTITY, LAST_SEQ, LAST_STATE, LAST_TYPE, NULL, PackedPiece, PER_ROW, type ColumnsPiece, STATE_SEQ, TECHNICIAN, TENANT,
} from './packed-piece';

/**
 * The rows a review thread folded, packed to cross to the main thread by
 * column. Posting the row objects themselves costs more than verifying them:
 * structured clone writes every property name of every row, and the main
 * thread rebuilds each object key by key. Session 9 sent each row as a JSON
 * tuple (about 5% of each thread: JSON.stringify here, JSON.parse there);
 * columns skip both. Every string the rows do not share is laid end to end
 * in one string (`text`, copied across threads in one go, never encoded to
 * bytes, so any string crosses exactly, lone surrogates included) with its
 * length in `lengths`; every number, flag and table index is one slot of
 * `numbers`, whose buffer is moved, not copied. Strings many rows share
 * (enum values, tenant, file, chain, finding kinds) go once into `shared`,
 * technicians (shared by the fold) once into `technicians`, and the key lists
 * of devices and errors once into `shapes`, so every row comes back with its
 * keys in the order folded: it serialises (CSV, IPC) exactly as before.
 *
 * A row with a value of a type the columns do not hold (the fold never makes
 * one: entries are schema-checked) sends its whole piece as JSON instead, as
 * session 9 did, so a piece always unpacks equal to what was packed.
 * Unpacking checks that every part adds up and throws a plain error
 * otherwise, never a wrong row (review-threads.ts then verifies the stretch on
 * the calling thread).
 */
export type PackedTracked =
  | ColumnsPiece
  | { kind: 'json'; count: number; text: string };

const ABSENT = -2;

type Row = Record<string, unknown>;

/** What a shared field remembers before its first value: equal to no value a row can hold. */
const NOTHING = Symbol('nothing yet');

/** Thrown inside packColumns when a row holds what the columns cannot carry: the piece goes as JSON. */
class NotColumnar extends Error {}

function packColumns(tracked: readonly Tracked[]): PackedTracked {
  const count = tracked.length;
  const shared: string[] = [];
  const sharedAt = new Map<string, number>();
  const technicians: Array<FoldedAction['technician']> = [];
  const technicianAt = new Map<FoldedAction['technician'], number>();
  const shapes: string[][] = [];
  const shapeAt = new Map<string, number>();
  // Concatenated as it goes: V8 keeps the pieces as a rope and lays it flat once, when the message is
  // written; Array.prototype.join over a piece's ~25,000 strings took most of the packing time.
  let joined = '';
  let lengths = new Int32Array(count * 16 + 16);
  let slots = 0;
  const numbers = new Float64Array(count * PER_ROW);
  const findingCodes: number[] = [];
  const lengthOf = (length: number): void => {
    if (slots === lengths.length) {
      const more = new Int32Array(lengths.length * 2);
      more.set(lengths);
      lengths = more;
    }
    lengths[slots++] = length;
  };

  // Each shared field remembers its last value: rows of a piece mostly repeat it, and comparing with it spares
  // hashing the row's own copy of the string (each parsed line has its own) for the map.
  const lastValue: unknown[] = new Array(PER_ROW).fill(NOTHING);
  const lastIndex: number[] = new Array(PER_ROW).fill(0);
  const share = (field: number, value: unknown): number => {
    if (value === lastValue[field]) return lastIndex[field]!;
    if (typeof value !== 'string') throw new NotColumnar();
    let at = sharedAt.get(value);
    if (at === undefined) {
      sharedAt.set(value, (at = shared.length));
      shared.push(value);
    }
    lastValue[field] = value;
    lastIndex[field] = at;
    return at;
  };
  const text = (value: unknown, nullable: boolean): void => {
    if (typeof value === 'string') {
      joined += value;
      lengthOf(value.length);
    } else if (value === null && nullable) lengthOf(NULL);
    else throw new NotColumnar();
  };
  /**
   * A device or an error: its values into the text, and the number of its shape (its keys as JSON keeps
   * them: none whose value is undefined, each value a string). Devices mostly have the shape of the one
   * before: the keys are compared with it as they come, and a key list is made only when they differ.
   */
  const lastShape = [-1, -1];
  // A piece has a handful of shapes (devices lack one field or another): they are compared key by key, and
  // named by their JSON in a map only past a few.
  const shapeNumber = (keys: string[]): number => {
    if (shapes.length <= 16) {
      const same = shapes.findIndex((shape) => shape.length === keys.length && shape.every((key, i) => key === keys[i]));
      if (same >= 0) return same;
    }
    const name = JSON.stringify(keys);
    let at = shapeAt.get(name);
    if (at === undefined) {
      shapeAt.set(name, (at = shapes.length));
      shapes.push(keys);
    }
    return at;
  };
  const object = (kind: 0 | 1, value: unknown): number => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new NotColumnar();
    const guess = lastShape[kind]! >= 0 ? shapes[lastShape[kind]!]! : [];
    let keys: string[] | null = null;
    let n = 0;
    for (const key in value) {
      const field = (value as Row)[key];
      if (field === undefined) continue;
      // Assigning '__proto__' on unpacking would set the prototype, not a key: such an object goes as JSON.
      if (typeof field !== 'string' || key === '__proto__') throw new NotColumnar();
      if (keys === null && guess[n] !== key) keys = guess.slice(0, n);
      keys?.push(key);
      n++;
      joined += field;
      lengthOf(field.length);
    }
    if (keys === null && n === guess.length && lastShape[kind]! >= 0) return lastShape[kind]!;
    keys ??= guess.slice(0, n);
    lastShape[kind] = shapeNumber(keys);
    return lastShape[kind]!;
  };
  const number = (value: unknown): number => {
    if (typeof value !== 'number') throw new NotColumnar();
    return value;
  };

  for (let r = 0; r < count; r++) {
    const { row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse } = tracked[r]!;
    const fields = row as unknown as Row;
    const at = r * PER_ROW;
    numbers[at + ACTION] = share(ACTION, fields.action);
    numbers[at + TENANT] = share(TENANT, fields.tenantId);
    numbers[at + LAST_STATE] = share(LAST_STATE, fields.lastState);
    numbers[at + LAST_TYPE] = share(LAST_TYPE, fields.lastType);
    numbers[at + FIRST_FILE] = share(FIRST_FILE, fields.firstFile);
    numbers[at + CHAIN] = share(CHAIN, fields.chain);
    // Technicians cross as objects (structured clone keeps keys, order and values), each once.
    let technician = technicianAt.get(row.technician);
    if (technician === undefined) {
      technicianAt.set(row.technician, (technician = technicians.length));
      technicians.push(row.technician);
    }
    numbers[at + TECHNICIAN] = technician;
    const identity = fields.identityVerified;
    if (identity !== null && typeof identity !== 'boolean') throw new NotColumnar();
    numbers[at + IDENTITY] = identity === null ? NULL : Number(identity);
    numbers[at + ENTRY_COUNT] = number(fields.entryCount);
    numbers[at + FIRST_LINE] = number(fields.firstLine);
    numbers[at + FIRST_SEQ] = number(firstSeq);
    numbers[at + LAST_SEQ] = number(lastSeq);
    numbers[at + STATE_SEQ] = number(stateSeq);
    numbers[at + FLAGS] = Number(ticketFromRequest) | (Number(identityFromRequest) << 1) | (Number(requestIdFromResponse) << 2);
    text(fields.actionId, false);
    text(fields.ticket, true);
    text(fields.requestedAt, true);
    text(fields.lastUpdate, false);
    text(fields.graphRequestId, true);
    numbers[at + DEVICE_SHAPE] = object(0, fields.device);
    numbers[at + ERROR_SHAPE] = fields.error === null ? NULL : object(1, fields.error);
    const findings = fields.findings;
    if (!Array.isArray(findings)) throw new NotColumnar();
    numbers[at + FINDINGS] = findings.length;
    for (const kind of findings) findingCodes.push(share(FINDINGS, kind));
  }
  let all = numbers;
  if (findingCodes.length > 0) {
    all = new Float64Array(count * PER_ROW + findingCodes.length);
    all.set(numbers);
    all.set(findingCodes, count * PER_ROW);
  }
  return { kind: 'columns', count, text: joined, lengths: lengths.slice(0, slots), numbers: all, shared, technicians, shapes };
}

/** Session 9's form: each row a flat JSON tuple. Kept for a piece the columns cannot carry. */
function packJson(tracked: readonly Tracked[]): PackedTracked {
  const flat: unknown[] = [];
  for (const { row, firstSeq, lastSeq, stateSeq, ticketFromRequest, identityFromRequest, requestIdFromResponse } of tracked) {
    flat.push(row, firstSeq, lastSeq, stateSeq, Number(ticketFromRequest) | (Number(identityFromRequest) << 1) | (Number(requestIdFromResponse) << 2));
  }
  return { kind: 'json', count: tracked.length, text: JSON.stringify(flat) };
}

export function packTracked(tracked: readonly Tracked[]): PackedTracked {
  try {
    return packColumns(tracked);
  } catch (error) {
    if (error instanceof NotColumnar) return packJson(tracked);
    throw error;
  }
}

/** The buffers a packed piece can hand over instead of copying (postMessage's transfer list). */
export function transferablesOf(packed: PackedTracked): ArrayBuffer[] {
  return packed.kind === 'columns' ? [packed.lengths.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer] : [];
}

const broken = (what: string) => new Error(`a review thread sent rows that do not add up (${what})`);

function unpackColumns(packed: Extract<PackedTracked, { kind: 'columns' }>): Tracked[] {
  const piece = new PackedPiece(packed);
  const tracked = new Array<Tracked>(piece.count);
  for (let r = 0; r < piece.count; r++) tracked[r] = piece.tracked(r);
  return tracked;
}

function unpackJson(packed: Extract<PackedTracked, { kind: 'json' }>): Tracked[] {
  let flat: unknown;
  try {
    flat = JSON.parse(packed.text);
  } catch {
    throw broken('not JSON');
  }
  if (!Array.isArray(flat) || flat.length !== packed.count * 5) throw broken('the wrong count');
  const tracked: Tracked[] = [];
  for (let at = 0; at < flat.length; at += 5) {
    const flags = flat[at + 4] as number;
    tracked.push({ firstSeq: flat[at + 1] as number, lastSeq: flat[at + 2] as number, stateSeq: flat[at + 3] as number, ticketFromRequest: (flags & 1) !== 0, identityFromRequest: (flags & 2) !== 0, requestIdFromResponse: (flags & 4) !== 0, row: flat[at] as FoldedAction });
  }
  return tracked;
}

/** The rows packTracked packed; throws (never a wrong row) when the parts do not add up. */
export function unpackTracked(packed: PackedTracked): Tracked[] {
  if (packed?.kind === 'columns') return unpackColumns(packed);
  if (packed?.kind === 'json' && typeof packed.text === 'string') return unpackJson(packed);
  throw broken('of no known kind');
}

/**
 * The rows packTracked packed, kept packed when they came by column (packed-piece.ts: no row object until one
 * is asked for), as objects when they came as JSON; throws (never a wrong row) when the parts do not add up.
 */
export function keepTracked(packed: PackedTracked): PackedPiece | Tracked[] {
  if (packed?.kind === 'columns') return new PackedPiece(packed);
  return unpackTracked(packed);
}
