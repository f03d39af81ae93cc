import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, parseLineBytes } from '../../../../main/action-log/parse-line';

const kind = (text: string | Buffer) => {
  const parsed = parseLineBytes(Buffer.isBuffer(text) ? text : Buffer.from(text));
  return parsed.ok ? 'ok' : parsed.kind;
};

describe('parseLineBytes', () => {
  it('names what is wrong with a line', () => {
    expect(kind('')).toBe('not-json');
    expect(kind('{"v":1')).toBe('not-json');
    expect(kind('[1,2]')).toBe('not-json');
    expect(kind('{"v":3,"type":"note"}')).toBe('wrong-version');
    expect(kind('{"v":2,"type":"note"}')).toBe('invalid-entry');
    expect(kind('{"type":"note"}')).toBe('wrong-version');
    expect(kind('{"v":1,"type":"note"}')).toBe('invalid-entry');
    expect(kind(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('binary');
    expect(kind(Buffer.from('{"v":1}\u0000'))).toBe('binary');
    expect(kind('x'.repeat(MAX_LINE_BYTES + 1))).toBe('too-long');
  });

  it('tells bytes that are not UTF-8 from a genuine replacement character, even inside valid JSON', () => {
    const withByte = (byte: number) => Buffer.concat([Buffer.from('{"v":3,"note":"a'), Buffer.from([byte]), Buffer.from('b"}')]);
    expect(kind(withByte(0xc3))).toBe('binary'); // a lone lead byte: decoding would hide it as U+FFFD
    expect(kind(withByte(0x80))).toBe('binary');
    expect(kind('{"v":3,"note":"a\uFFFDb"}')).toBe('wrong-version'); // U+FFFD written as UTF-8 is text
  });

  it('calls an entry edited into an invalid shape an edit when its hash no longer matches', () => {
    expect(kind('{"v":1,"type":"bogus","hash":"00"}')).toBe('edited');
    expect(kind('{"v":1,"seq":1e400,"hash":"00"}')).toBe('invalid-entry');
  });

  it('keeps the action id of an unreadable entry, so its row can be flagged', () => {
    const parsed = parseLineBytes(Buffer.from('{"v":3,"actionId":"a-1"}'));
    expect(parsed).toMatchObject({ ok: false, kind: 'wrong-version', actionId: 'a-1' });
  });
});
