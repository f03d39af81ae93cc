import { describe, expect, it } from 'vitest';
import { memoizeWire, wireMemoLimit } from '../../../../shared/platform/wire-memo';

describe('memoizeWire', () => {
  it('computes each value once and answers it the same afterwards', () => {
    const asked: string[] = [];
    const upper = memoizeWire((value) => {
      asked.push(value);
      return value.toUpperCase();
    });
    expect([upper('ios'), upper('android'), upper('ios'), upper('ios')]).toEqual(['IOS', 'ANDROID', 'IOS', 'IOS']);
    expect(asked).toEqual(['ios', 'android']);
  });

  it('remembers an answer that is undefined as well', () => {
    let computed = 0;
    const lookup = memoizeWire((): string | undefined => {
      computed++;
      return undefined;
    });
    expect([lookup('x'), lookup('x')]).toEqual([undefined, undefined]);
    expect(computed).toBe(1);
  });

  it('stops remembering once full, and still answers every value right', () => {
    let computed = 0;
    const length = memoizeWire((value) => {
      computed++;
      return value.length;
    });
    const values = Array.from({ length: wireMemoLimit + 50 }, (_, i) => 'v'.repeat(i + 1));
    for (const value of values) expect(length(value)).toBe(value.length);
    expect(computed).toBe(values.length);
    // The first ones are remembered; the ones past the limit are computed again each time.
    for (const value of values) expect(length(value)).toBe(value.length);
    expect(computed).toBe(values.length + 50);
  });
});
