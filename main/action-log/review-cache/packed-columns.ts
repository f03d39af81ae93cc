/**
 * One column of cached values (a field of every row) in a form that loads in
 * a few copies instead of a parse: numbers as one Int32Array (whole numbers
 * that fit, which read back as small integers) or Float64Array, short
 * enumerations (true/false/null) as one Int8Array, strings as one text blob
 * and an Int32Array of their lengths, sliced back apart. A million-row review
 * parsed from JSON spent most of a re-open in JSON.parse and the garbage it
 * left (docs/benchmarks.md, "Issue 19 session 5"); these columns are binary
 * blobs beside a small JSON header (cache-store.ts).
 *
 * Anything a binary kind cannot hold exactly (another type, a string with a
 * lone surrogate, which UTF-8 cannot carry) is kept as a JSON column, so a
 * column always reads back equal to what was written, as JSON would have it.
 * The blobs are in this machine's byte order: the cache never leaves the
 * reviewer's own app data.
 */
export type Column =
  | { kind: 'int'; blob: number }
  | { kind: 'number'; blob: number }
  | { kind: 'flag'; blob: number }
  | { kind: 'text'; lengths: number; text: number; ascii: boolean }
  | { kind: 'dict'; codes: number; words: Column }
  | { kind: 'json'; values: unknown[] };

/** The binary parts of a cache file, in the order their columns name them. */
export class Blobs {
  readonly parts: Buffer[] = [];
  add(bytes: Buffer): number {
    this.parts.push(bytes);
    return this.parts.length - 1;
  }
}

const NULL = -1;
const ABSENT = -2;
const FLAG: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  [null, -1],
  [false, 0],
  [true, 1],
]);

const bytesOf = (array: Float64Array | Int32Array | Int8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function packText(values: readonly unknown[], blobs: Blobs): Column | null {
  const lengths = new Int32Array(values.length);
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'string') {
      lengths[i] = value.length;
      parts.push(value);
    } else if (value === null) lengths[i] = NULL;
    else if (value === undefined) lengths[i] = ABSENT;
    else return null;
  }
  const text = parts.join('');
  const ascii = isAscii(text);
  // UTF-8 cannot carry a lone surrogate; checked string by string, as two halves could pair up across a join.
  if (!ascii && parts.some((part) => LONE_SURROGATE.test(part))) return null;
  return { kind: 'text', lengths: blobs.add(bytesOf(lengths)), text: blobs.add(Buffer.from(text, ascii ? 'latin1' : 'utf8')), ascii };
}

// A text column with at most one distinct value in DICT_SHARE is kept as its distinct values and a code for each row.
const DICT_SHARE = 4;
const DICT_MIN_ROWS = 64;

/**
 * Strings that repeat (a device's platform, OS version, mode: a few values over tens of thousands of
 * rows) as the distinct values and each row's code: one string per value read back instead of one per
 * row, for the collector to copy (docs/benchmarks.md, "Issue 19 session 7: re-open"). Null when the
 * values are not all strings, null or undefined, or do not repeat enough.
 */
function packDict(values: readonly unknown[], blobs: Blobs): Column | null {
  if (values.length < DICT_MIN_ROWS) return null;
  const codes = new Int32Array(values.length);
  const index = new Map<string, number>();
  const words: string[] = [];
  const limit = values.length / DICT_SHARE;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') {
      if (value === null) codes[i] = NULL;
      else if (value === undefined) codes[i] = ABSENT;
      else return null;
      continue;
    }
    let code = index.get(value);
    if (code === undefined) {
      if (words.length >= limit) return null;
      index.set(value, (code = words.length));
      words.push(value);
    }
    codes[i] = code;
  }
  const text = packText(words, blobs);
  return text === null ? null : { kind: 'dict', codes: blobs.add(bytesOf(codes)), words: text };
}

/** `values` as a column, its blobs added to `blobs`. Undefined is kept only by text columns (a key absent from an object). */
export function packColumn(values: readonly unknown[], blobs: Blobs): Column {
  if (values.every((value) => Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31 && !Object.is(value, -0))) return { kind: 'int', blob: blobs.add(bytesOf(Int32Array.from(values as number[]))) };
  if (values.every((value) => typeof value === 'number')) return { kind: 'number', blob: blobs.add(bytesOf(Float64Array.from(values as number[]))) };
  if (values.every((value) => FLAG.has(value))) return { kind: 'flag', blob: blobs.add(bytesOf(Int8Array.from(values, (value) => FLAG.get(value)!))) };
  return packDict(values, blobs) ?? packText(values, blobs) ?? { kind: 'json', values: [...values] };
}

/** A typed view of a blob; copied first when the blob does not start on a multiple of the element size. */
function view<T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, size: number, bytes: Buffer): T {
  if (bytes.byteLength % size !== 0) throw new Error('a cached column has a broken length');
  const aligned = bytes.byteOffset % size === 0 ? bytes : Buffer.from(bytes);
  return make(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.byteLength / size);
}

function blobOf(blobs: readonly Buffer[], at: number): Buffer {
  const blob = blobs[at];
  if (blob === undefined) throw new Error('a cached column refers to a missing part');
  return blob;
}

/** The values of a column packColumn wrote; throws when the column is not `count` long or its parts are missing. */
export function unpackColumn(column: Column, blobs: readonly Buffer[], count: number): ArrayLike<unknown> {
  let values: ArrayLike<unknown>;
  // Numbers are read straight from their typed array: no copy into an array of a million entries for the collector to walk.
  if (column.kind === 'int') values = view((b, o, n) => new Int32Array(b, o, n), 4, blobOf(blobs, column.blob));
  else if (column.kind === 'number') values = view((b, o, n) => new Float64Array(b, o, n), 8, blobOf(blobs, column.blob));
  else if (column.kind === 'flag') values = Array.from(view((b, o, n) => new Int8Array(b, o, n), 1, blobOf(blobs, column.blob)), (flag) => (flag < 0 ? null : flag === 1));
  else if (column.kind === 'json') values = column.values;
  else if (column.kind === 'dict') values = unpackDict(column, blobs, count);
  else {
    const lengths = view((b, o, n) => new Int32Array(b, o, n), 4, blobOf(blobs, column.lengths));
    const text = blobOf(blobs, column.text).toString(column.ascii ? 'latin1' : 'utf8');
    const strings = new Array<unknown>(lengths.length);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length >= 0) {
        strings[i] = text.slice(at, (at += length));
      } else strings[i] = length === NULL ? null : undefined;
    }
    if (at !== text.length) throw new Error('a cached text column does not add up');
    values = strings;
  }
  if (!(Array.isArray(values) || ArrayBuffer.isView(values)) || values.length !== count) throw new Error('the cached rows have the wrong shape');
  return values;
}

function unpackDict(column: Extract<Column, { kind: 'dict' }>, blobs: readonly Buffer[], count: number): unknown[] {
  if (column.words.kind !== 'text') throw new Error('a cached dictionary is not text');
  const codes = view((b, o, n) => new Int32Array(b, o, n), 4, blobOf(blobs, column.codes));
  const words = unpackColumn(column.words, blobs, (blobOf(blobs, column.words.lengths).byteLength / 4) | 0);
  const values = new Array<unknown>(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= 0) {
      if (code >= words.length) throw new Error('a cached dictionary code refers to nothing');
      values[i] = words[code];
    } else values[i] = code === NULL ? null : undefined;
  }
  return values;
}

/**
 * Flat objects (devices: a few string fields each), by field: the keys of
 * each object, in order, as a shape named by number, then one column per key
 * (undefined where an object lacks it). Key order is kept, so a row
 * serialises exactly as before.
 */
export interface PackedObjects {
  shapes: string[][];
  shape: Column;
  fields: Record<string, Column>;
}

export function packObjects(objects: ReadonlyArray<Record<string, unknown>>, blobs: Blobs): PackedObjects {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const keys = new Set<string>();
  const shape = objects.map((object) => {
    const own = Object.keys(object).filter((key) => object[key] !== undefined); // as JSON keeps them
    const name = JSON.stringify(own);
    let at = shapeIndex.get(name);
    if (at === undefined) {
      shapeIndex.set(name, (at = shapes.length));
      shapes.push(own);
      own.forEach((key) => keys.add(key));
    }
    return at;
  });
  const fields: Record<string, Column> = {};
  for (const key of keys) fields[key] = packColumn(objects.map((object) => object[key]), blobs);
  return { shapes, shape: packColumn(shape, blobs), fields };
}

export function unpackObjects(packed: PackedObjects, blobs: readonly Buffer[], count: number): Array<Record<string, unknown>> {
  const shape = unpackColumn(packed.shape, blobs, count);
  const fields = new Map(Object.entries(packed.fields).map(([key, column]) => [key, unpackColumn(column, blobs, count)]));
  return Array.from(shape, (at, i) => {
    const keys = packed.shapes[at as number];
    if (keys === undefined) throw new Error('a cached object has an unknown shape');
    const object: Record<string, unknown> = {};
    for (const key of keys) {
      const values = fields.get(key);
      if (values === undefined) throw new Error('a cached object lacks a field');
      object[key] = values[i];
    }
    return object;
  });
}
