import type { FoldedAction, Tracked } from '../../shared/log/folded-action';

/**
 * A piece of rows a review thread sent by column (tracked-wire.ts), kept as it
 * came. A year of a big helpdesk is 200,000 rows; built as objects on the
 * calling thread each row is about 16 objects that outlive several young
 * collections, and promoting them was about a sixth of that thread's time.
 * Kept packed, a row is a few slots of the piece's typed arrays and a stretch
 * of its text, and a row object is made only when something asks for it (a
 * page of the review, the CSV export, a join of two stretches).
 *
 * Everything is checked once, when the piece is kept (every index, length,
 * flag and count adds up), so reading a row later cannot fail or give a wrong
 * value; a piece that does not add up throws then, and the stretch is
 * verified on the calling thread instead (review-threads.ts).
 */
export interface ColumnsPiece {
  kind: 'columns';
  count: number;
  text: string;
  /** One a string slot: its length, or NULL. */
  lengths: Int32Array;
  /** PER_ROW a row (see the layout below), then each row's findings as indices into `shared`. */
  numbers: Float64Array;
  shared: string[];
  technicians: Array<FoldedAction['technician']>;
  shapes: string[][];
}

export const NULL = -1;

// The slots of a row in `numbers`, in this order; its strings go into `text` in the order rows read them:
// actionId, ticket, requestedAt, lastUpdate, graphRequestId, the device's values, the error's values.
export const ACTION = 0;
export const TENANT = 1;
export const LAST_STATE = 2;
export const LAST_TYPE = 3;
export const FIRST_FILE = 4;
export const CHAIN = 5;
export const TECHNICIAN = 6;
export const IDENTITY = 7; // NULL, 0 or 1
export const ENTRY_COUNT = 8;
export const FIRST_LINE = 9;
export const FIRST_SEQ = 10;
export const LAST_SEQ = 11;
export const STATE_SEQ = 12;
export const FLAGS = 13; // ticketFromRequest | identityFromRequest << 1 | requestIdFromResponse << 2
export const DEVICE_SHAPE = 14;
export const ERROR_SHAPE = 15; // NULL for no error
export const FINDINGS = 16; // how many findings the row has (their indices follow all rows)
export const PER_ROW = 17;

/** A row's own strings, in the order they are laid in `text`. */
export const ACTION_ID = 0;
export const TICKET = 1;
export const REQUESTED_AT = 2;
export const LAST_UPDATE = 3;
export const GRAPH_REQUEST_ID = 4;
const ROW_STRINGS = 5;
const NULLABLE = [false, true, true, false, true];

const broken = (what: string) => new Error(`a review thread sent rows that do not add up (${what})`);

type Row = Record<string, unknown>;

export class PackedPiece {
  readonly count: number;
  private readonly text: string;
  private readonly lengths: Int32Array;
  private readonly numbers: Float64Array;
  private readonly shared: string[];
  private readonly technicians: Array<FoldedAction['technician']>;
  private readonly shapes: string[][];
  /** Where each row's strings start in `text`, and its first slot in `lengths` (count + 1 each). */
  private readonly textAt: Int32Array;
  private readonly slotAt: Int32Array;
  /** Where each row's findings start in `numbers`. */
  private readonly findingAt: Int32Array;

  constructor(packed: ColumnsPiece) {
    const { count, text, lengths, numbers, shared, technicians, shapes } = packed;
    if (!Number.isSafeInteger(count) || count < 0 || typeof text !== 'string' || !(lengths instanceof Int32Array) || !(numbers instanceof Float64Array)) throw broken('parts missing');
    if (!Array.isArray(shared) || !Array.isArray(technicians) || !Array.isArray(shapes) || numbers.length < count * PER_ROW) throw broken('parts missing');
    this.count = count;
    this.text = text;
    this.lengths = lengths;
    this.numbers = numbers;
    this.shared = shared;
    this.technicians = technicians;
    this.shapes = shapes;
    this.textAt = new Int32Array(count + 1);
    this.slotAt = new Int32Array(count + 1);
    this.findingAt = new Int32Array(count + 1);
    this.check();
  }

  /** Walks every row once: every index names something, every string fits in the text, nothing is left over. */
  private check(): void {
    const { count, text, lengths, numbers, shared, technicians, shapes } = this;
    const indexes = (items: readonly unknown[], at: number) => {
      if (items[numbers[at]!] === undefined) throw broken('an index to nothing');
    };
    const shapeAt = (at: number): number => {
      const shape = shapes[numbers[at]!];
      if (!Array.isArray(shape)) throw broken('a shape to nothing');
      return shape.length;
    };
    let slot = 0;
    let from = 0;
    let finding = count * PER_ROW;
    const strings = (n: number, nullable: readonly boolean[] | null) => {
      for (let i = 0; i < n; i++) {
        if (slot >= lengths.length) throw broken('too few strings');
        const length = lengths[slot++]!;
        if (length === NULL && nullable !== null && nullable[i]) continue;
        if (length < 0 || from + length > text.length) throw broken('a string past the end');
        from += length;
      }
    };
    for (let r = 0; r < count; r++) {
      const at = r * PER_ROW;
      this.textAt[r] = from;
      this.slotAt[r] = slot;
      this.findingAt[r] = finding;
      for (const field of [ACTION, TENANT, LAST_STATE, LAST_TYPE, FIRST_FILE, CHAIN]) indexes(shared, at + field);
      indexes(technicians, at + TECHNICIAN);
      const identity = numbers[at + IDENTITY];
      if (identity !== NULL && identity !== 0 && identity !== 1) throw broken('a flag out of range');
      const findingCount = numbers[at + FINDINGS]!;
      if (!Number.isInteger(findingCount) || findingCount < 0 || finding + findingCount > numbers.length) throw broken('findings past the end');
      for (let f = 0; f < findingCount; f++) indexes(shared, finding++);
      strings(ROW_STRINGS, NULLABLE);
      strings(shapeAt(at + DEVICE_SHAPE), null);
      if (numbers[at + ERROR_SHAPE] !== NULL) strings(shapeAt(at + ERROR_SHAPE), null);
    }
    this.textAt[count] = from;
    this.slotAt[count] = slot;
    this.findingAt[count] = finding;
    if (slot !== lengths.length || from !== text.length || finding !== numbers.length) throw broken('parts left over');
  }

  /** Row r's own string `which` (ACTION_ID ... GRAPH_REQUEST_ID), or null. */
  string(r: number, which: number): string | null {
    let from = this.textAt[r]!;
    const slot = this.slotAt[r]!;
    for (let i = 0; i < which; i++) from += Math.max(0, this.lengths[slot + i]!);
    const length = this.lengths[slot + which]!;
    return length === NULL ? null : this.text.slice(from, from + length);
  }

  actionId(r: number): string {
    return this.string(r, ACTION_ID)!;
  }

  sharedOf(r: number, field: typeof ACTION | typeof TENANT | typeof LAST_STATE | typeof LAST_TYPE | typeof FIRST_FILE | typeof CHAIN): string {
    return this.shared[this.numbers[r * PER_ROW + field]!]!;
  }

  technician(r: number): FoldedAction['technician'] {
    return this.technicians[this.numbers[r * PER_ROW + TECHNICIAN]!]!;
  }

  findingCount(r: number): number {
    return this.numbers[r * PER_ROW + FINDINGS]!;
  }

  /** A value of row r's device (undefined when its device has no such key). */
  deviceValue(r: number, key: string): string | undefined {
    const shape = this.shapes[this.numbers[r * PER_ROW + DEVICE_SHAPE]!]!;
    const k = shape.indexOf(key);
    if (k < 0) return undefined;
    const slot = this.slotAt[r]!;
    let from = this.textAt[r]!;
    for (let i = 0; i < ROW_STRINGS + k; i++) from += Math.max(0, this.lengths[slot + i]!);
    return this.text.slice(from, from + this.lengths[slot + ROW_STRINGS + k]!);
  }

  /** Moves row r's first line (a file cut between two stretches is made one again: chain-join.ts). */
  setFirstLine(r: number, line: number): void {
    this.numbers[r * PER_ROW + FIRST_LINE] = line;
  }

  firstLine(r: number): number {
    return this.numbers[r * PER_ROW + FIRST_LINE]!;
  }

  /** Row r as the fold made it, keys in the fold's order (createFolder), so it serialises (CSV, IPC) exactly as before. */
  row(r: number): FoldedAction {
    const { numbers, lengths, text, shared, shapes } = this;
    const at = r * PER_ROW;
    let slot = this.slotAt[r]!;
    let from = this.textAt[r]!;
    const string = (): string | null => {
      const length = lengths[slot++]!;
      if (length === NULL) return null;
      return text.slice(from, (from += length));
    };
    const object = (shape: string[]): Row => {
      const made: Row = {};
      for (const key of shape) made[key] = string();
      return made;
    };
    const findings: string[] = [];
    for (let f = this.findingAt[r]!, end = this.findingAt[r]! + numbers[at + FINDINGS]!; f < end; f++) findings.push(shared[numbers[f]!]!);
    const identity = numbers[at + IDENTITY];
    const errorShape = numbers[at + ERROR_SHAPE]!;
    const actionId = string();
    const ticket = string();
    const requestedAt = string();
    const lastUpdate = string();
    const graphRequestId = string();
    return {
      actionId,
      action: shared[numbers[at + ACTION]!],
      tenantId: shared[numbers[at + TENANT]!],
      device: object(shapes[numbers[at + DEVICE_SHAPE]!]!),
      technician: this.technicians[numbers[at + TECHNICIAN]!],
      ticket,
      identityVerified: identity === NULL ? null : identity === 1,
      requestedAt,
      lastState: shared[numbers[at + LAST_STATE]!],
      lastType: shared[numbers[at + LAST_TYPE]!],
      lastUpdate,
      graphRequestId,
      error: errorShape === NULL ? null : object(shapes[errorShape]!),
      entryCount: numbers[at + ENTRY_COUNT]!,
      firstFile: shared[numbers[at + FIRST_FILE]!],
      firstLine: numbers[at + FIRST_LINE]!,
      findings,
      chain: shared[numbers[at + CHAIN]!],
    } as unknown as FoldedAction;
  }

  /** Row r with what joining two stretches needs (joinFolded). */
  tracked(r: number): Tracked {
    const at = r * PER_ROW;
    const flags = this.numbers[at + FLAGS]!;
    return {
      firstSeq: this.numbers[at + FIRST_SEQ]!,
      lastSeq: this.numbers[at + LAST_SEQ]!,
      stateSeq: this.numbers[at + STATE_SEQ]!,
      ticketFromRequest: (flags & 1) !== 0,
      identityFromRequest: (flags & 2) !== 0,
      requestIdFromResponse: (flags & 4) !== 0,
      row: this.row(r),
    };
  }
}
