import { describe, expect, it } from 'vitest';
import { createHaystackStore, needleOf } from '../../../../shared/devices/haystack-store';
import { seeded } from './support/random-fleet';

/** Texts over few characters (so a query is often found, often more than once), some past one byte, some empty. */
function texts(count: number, random: () => number): string[] {
  const alphabet = 'aab-\u0000\u00df\u00e9x\u03c3\u6f22';
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    return text;
  });
}

/** The four characters from `offset` as `following` packs them, computed from the string. */
function packedFrom(text: string, offset: number): number {
  let word = 0;
  for (let k = 3; k >= 0; k--) word = (word << 8) | (offset + k < text.length ? text.charCodeAt(offset + k) : 0);
  return word;
}

describe('haystack store', () => {
  it('finds what String.indexOf finds, from any offset, in byte texts and in texts kept aside', () => {
    const random = seeded(3);
    const all = texts(2000, random);
    const store = createHaystackStore();
    all.forEach((text, position) => store.set(position, text));
    for (const query of ['a', 'ab', 'aab', 'b-a', 'bx', '\u00df', '\u00e9x', '\u03c3', 'a\u6f22', 'xxxxx', 'aabaab']) {
      const needle = needleOf(query);
      all.forEach((text, position) => {
        for (const from of [0, 1, 5, 17]) expect(store.indexOf(position, needle, from), `${JSON.stringify(query)} in ${JSON.stringify(text)} from ${from}`).toBe(text.indexOf(query, from));
      });
    }
  });

  it('reads the characters after an offset as bytes, zero past the end, -1 for a text kept aside', () => {
    const store = createHaystackStore();
    store.set(0, 'desktop-42');
    store.set(1, 'ab');
    store.set(2, '\u03c3\u03c3ab');
    expect(store.following(0, 7)).toBe(packedFrom('desktop-42', 7));
    expect(store.following(0, 8) & 0xffff).toBe(0x3234); // '4' then '2'
    expect(store.following(0, 8) >>> 16).toBe(0);
    expect(store.following(1, 2)).toBe(0);
    expect(store.following(2, 0)).toBe(-1);
  });

  it('gives a position stored again its new text, narrow or wide, across many buffers', () => {
    const random = seeded(8);
    const store = createHaystackStore();
    const current: string[] = [];
    // About 12 MB of text in all: more than ten 1 MiB buffers, so texts land near buffer ends too.
    const long = 'x'.repeat(5000);
    for (let round = 0; round < 5; round++) {
      // Most texts one byte a character; a fifth with a character past U+00FF, so a position goes from one kind to the other.
      const batch = texts(1000, random).map((wide) => (random() < 0.2 ? wide : wide.replace(/[^\u0000-\u00ff]/g, 'b')));
      batch.forEach((text, position) => {
        const stored = `${text}${long.slice(0, Math.floor(random() * 5000))}${round}`;
        current[position] = stored;
        store.set(position, stored);
      });
    }
    const needles = ['0', '4', 'a\u03c3', '\u00dfx', 'xx4'].map(needleOf);
    current.forEach((text, position) => {
      for (const needle of needles) expect(store.indexOf(position, needle, 0)).toBe(text.indexOf(needle.text));
      expect(store.following(position, 0)).toBe(/[^\u0000-\u00ff]/.test(text) ? -1 : packedFrom(text, 0));
    });
    expect(store.bytes()).toBeGreaterThan(10 * 1024 * 1024);
  });
});
