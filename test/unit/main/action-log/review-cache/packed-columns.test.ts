import { describe, expect, it } from 'vitest';
import { Blobs, packColumn, packObjects, unpackColumn, unpackObjects, type Column } from '../../../../../main/action-log/review-cache/packed-columns';

// Each column must read back exactly what JSON would have kept, whatever its values.
const roundTrip = (values: unknown[]) => {
  const blobs = new Blobs();
  const column = packColumn(values, blobs);
  return { column, back: Array.from(unpackColumn(column, blobs.parts, values.length)) };
};

describe('cached columns', () => {
  it('keep whole numbers, other numbers, flags and strings in binary, and read them back equal', () => {
    const cases: Array<[unknown[], Column['kind']]> = [
      [[0, 1, -5, 2 ** 31 - 1, -(2 ** 31)], 'int'],
      [[1.5, 2 ** 40, -3], 'number'],
      [[true, false, null, true], 'flag'],
      [['INC-1', null, '', 'Zoë 😀', undefined, 'line\nbreak'], 'text'],
      [['2026-11-02T08:00:00.000Z', 'a'], 'text'],
    ];
    for (const [values, kind] of cases) {
      const { column, back } = roundTrip(values);
      expect(column.kind).toBe(kind);
      expect(back).toEqual(values);
      expect(back.map((value) => typeof value)).toEqual(values.map((value) => typeof value)); // undefined stays undefined, null null
    }
  });

  it('keeps strings that repeat as a dictionary: one string per distinct value, read back equal, nulls and absent keys kept', () => {
    const platforms = ['iOS', 'Android', null, 'Windows', undefined, 'iOS 😀'];
    const values = Array.from({ length: 300 }, (_, i) => platforms[(i * 7) % platforms.length]);
    const { column, back } = roundTrip(values);
    expect(column.kind).toBe('dict');
    expect(back).toEqual(values);
    expect(back.map((value) => typeof value)).toEqual(values.map((value) => typeof value));
    // Values that do not repeat enough, or too few rows, stay a plain text column.
    expect(roundTrip(Array.from({ length: 300 }, (_, i) => `INC-${i % 100}`)).column.kind).toBe('text');
    expect(roundTrip(['iOS', 'iOS', 'iOS']).column.kind).toBe('text');
  });

  it('refuses a dictionary code that refers to no value', () => {
    const blobs = new Blobs();
    const column = packColumn(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 'a' : 'b')), blobs);
    expect(column.kind).toBe('dict');
    if (column.kind !== 'dict') return;
    const codes = new Int32Array(new Uint8Array(blobs.parts[column.codes]!).buffer);
    codes[5] = 2;
    const parts = blobs.parts.map((part, i) => (i === column.codes ? Buffer.from(codes.buffer) : part));
    expect(() => unpackColumn(column, parts, 100)).toThrow('refers to nothing');
  });

  it('keeps as JSON what binary cannot carry exactly: mixed types, arrays, a lone surrogate', () => {
    for (const values of [[1, 'a'], [[], ['edited']], ['ok', 'half \ud800 pair'], [{ code: 'x', message: 'y' }, null]]) {
      const { column, back } = roundTrip(values);
      expect(column.kind).toBe('json');
      expect(back).toEqual(values);
    }
  });

  it('refuses a column of another length or with a missing or broken part', () => {
    const blobs = new Blobs();
    const text = packColumn(['a', 'bc'], blobs);
    expect(() => unpackColumn(text, blobs.parts, 3)).toThrow('wrong shape');
    expect(() => unpackColumn(text, blobs.parts.slice(0, 1), 2)).toThrow('missing part');
    expect(() => unpackColumn(text, [blobs.parts[0]!, Buffer.from('abcd')], 2)).toThrow('does not add up');
    expect(() => unpackColumn(text, [blobs.parts[0]!.subarray(0, 5), blobs.parts[1]!], 2)).toThrow('broken length');
  });

  it('reads a part that does not start on its element size (copied first)', () => {
    const blobs = new Blobs();
    const column = packColumn([7, 8, 9], blobs);
    const shifted = Buffer.concat([Buffer.alloc(1), blobs.parts[0]!]).subarray(1);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect(Array.from(unpackColumn(column, [shifted], 3))).toEqual([7, 8, 9]);
  });

  it('keeps flat objects by field, each with its own keys in their own order', () => {
    const objects = [
      { id: 'd1', name: 'iPad', serial: 'S1' },
      { name: 'Kiosk', id: 'd2' },
      { id: 'd3', name: 'Phone', platform: undefined, serial: null },
    ];
    const blobs = new Blobs();
    const back = unpackObjects(packObjects(objects, blobs), blobs.parts, objects.length);
    expect(back.map((object) => JSON.stringify(object))).toEqual(objects.map((object) => JSON.stringify(object)));
    expect(Object.keys(back[1]!)).toEqual(['name', 'id']);
    expect('platform' in back[2]!).toBe(false);
  });
});
