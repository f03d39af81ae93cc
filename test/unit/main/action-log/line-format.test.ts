import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { linkHash } from '../../../../main/action-log/line-format';

// What the next line's `prev` must be: the SHA-256 of the line's bytes and its newline, wherever the bytes lie.
const expected = (line: string) => createHash('sha256').update(`${line}\n`).digest('hex');
// A buffer over memory of its own, as a file read gives (small Buffer.from strings share one pool).
const own = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

describe('linkHash', () => {
  it('hashes a line with its newline, whether or not the newline follows it in its buffer', () => {
    const read = own('{"seq":1}\n{"seq":2}\n{"seq":3}');
    const one = read.subarray(0, 9);
    const three = read.subarray(20);
    expect(linkHash(one)).toBe(expected('{"seq":1}'));
    expect(linkHash(read.subarray(10, 19))).toBe(expected('{"seq":2}'));
    expect(linkHash(three)).toBe(expected('{"seq":3}')); // last in its buffer: no newline after it
    expect(linkHash(read.subarray(0, 8))).toBe(expected('{"seq":1')); // followed by a byte that is not a newline
  });

  it('looks at the buffer each line lies in, as lines of different reads alternate', () => {
    const first = own('{"a":1}\nXX');
    const second = own('{"a":1}X\n');
    expect(first.buffer).not.toBe(second.buffer);
    for (let round = 0; round < 3; round++) {
      expect(linkHash(first.subarray(0, 7))).toBe(expected('{"a":1}'));
      expect(linkHash(second.subarray(0, 7))).toBe(expected('{"a":1}')); // same bytes, but an X follows: hashed with a newline added
      expect(linkHash(second.subarray(0, 8))).toBe(expected('{"a":1}X'));
      expect(linkHash(first.subarray(8, 9))).toBe(expected('X'));
    }
  });
});
