import { describe, expect, it } from 'vitest';
import { mayContain, querySignature, signatureWords, writeSignature } from '../../../../shared/devices/text-signature';

function signatureOf(text: string): Int32Array {
  const words = new Int32Array(signatureWords);
  writeSignature(text, words, 0);
  return words;
}

// A small deterministic generator, so a failure can be replayed.
function* texts(count: number): Generator<string> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 .-@_\u0000éøß漢字';
  let seed = 7;
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + (n % 60);
    for (let i = 0; i < length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      text += alphabet[seed % alphabet.length];
    }
    yield text;
  }
}

describe('text signatures', () => {
  it('never rule out a text that contains the query', () => {
    for (const text of texts(300)) {
      const signature = signatureOf(text);
      for (let start = 0; start < text.length; start += 3) {
        for (const length of [1, 2, 3, 7]) {
          const query = text.slice(start, start + length);
          expect(mayContain(signature, 0, querySignature(query)), `${JSON.stringify(query)} in ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
  });

  it('answer a single letter or digit exactly, and nothing else', () => {
    for (const text of texts(100)) {
      const signature = signatureOf(text);
      for (const query of 'az09') {
        const answer = querySignature(query);
        expect(answer.exact).toBe(true);
        expect(mayContain(signature, 0, answer)).toBe(text.includes(query));
      }
    }
    expect(querySignature('.').exact).toBe(false);
    expect(querySignature('ab').exact).toBe(false);
  });

  it('rule out most texts that lack the query', () => {
    const signature = signatureOf('marco-iphone-042\u0000marco.rossi@contoso.com\u0000f2lxk1abcd');
    const absent = ['zz', 'qu', 'xyz', 'ipad', 'samsung', '999'];
    const ruledOut = absent.filter((query) => !mayContain(signature, 0, querySignature(query)));
    expect(ruledOut.length).toBeGreaterThanOrEqual(absent.length - 1);
  });

  it('read and write at an offset without touching neighbours', () => {
    const words = new Int32Array(signatureWords * 3).fill(-1);
    writeSignature('abc', words, signatureWords);
    expect(words.subarray(0, signatureWords).every((word) => word === -1)).toBe(true);
    expect(words.subarray(signatureWords * 2).every((word) => word === -1)).toBe(true);
    expect(mayContain(words, signatureWords, querySignature('bc'))).toBe(true);
    expect(mayContain(words, signatureWords, querySignature('z'))).toBe(false);
  });
});
