import { describe, expect, it } from 'vitest';
import { createPairSets } from '../../../../shared/devices/pair-sets';
import { seeded } from './support/random-fleet';

/** Texts over a few letters, so pairs are shared by many texts: some sets become bitsets, rare ones stay lists. */
function texts(count: number, random: () => number): string[] {
  const alphabet = 'aabbcde-\u00e9\u6f22';
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    return text;
  });
}

const holding = (all: readonly string[], query: string) => all.flatMap((text, position) => (text.includes(query) ? [position] : []));

describe('pair sets', () => {
  const random = seeded(5);
  const all = texts(3000, random);
  const sets = createPairSets();
  all.forEach((text, position) => sets.add(text, position));

  it('answer a two-character query exactly, ascending, dense pairs and rare ones alike', () => {
    for (const query of ['aa', 'ab', 'ba', 'e-', '-\u00e9', '\u00e9\u6f22', 'dd', 'zz']) {
      expect(Array.from(sets.candidates(query)), query).toEqual(holding(all, query));
    }
  });

  it('never leave out a text holding a longer query, and keep only texts holding its every pair', () => {
    for (const query of ['aab', 'abab', 'cde-', 'b-\u00e9a', 'aaaa']) {
      const candidates = Array.from(sets.candidates(query));
      expect(candidates, query).toEqual([...candidates].sort((a, b) => a - b));
      for (const position of holding(all, query)) expect(candidates, query).toContain(position);
      const pairs = Array.from({ length: query.length - 1 }, (_, i) => query.slice(i, i + 2));
      for (const position of candidates) expect(pairs.every((pair) => all[position]!.includes(pair)), `${query} in ${all[position]}`).toBe(true);
    }
  });

  it('hold a position added again out of order (a replaced device) in its place', () => {
    const growing = createPairSets();
    growing.add('xy', 3);
    growing.add('xy', 9);
    growing.add('q xy', 5);
    growing.add('xy', 5);
    expect(Array.from(growing.candidates('xy'))).toEqual([3, 5, 9]);
  });

  it('leave out pairs with the skipped character, so no query matches across it', () => {
    const fields = createPairSets(0);
    fields.add('ab\u0000cd', 0);
    expect(Array.from(fields.candidates('bc'))).toEqual([]);
    expect(Array.from(fields.candidates('b\u0000'))).toEqual([]);
    expect(Array.from(fields.candidates('cd'))).toEqual([0]);
  });

  it('cost about what they hold: a bitset for a pair in most texts, a list for a rare one', () => {
    expect(sets.bytes()).toBeGreaterThan(0);
    // 'aa' is in most of the 3,000 texts: a bitset of 3,000 bits (375 bytes, plus growth) beats 4 bytes a position.
    const dense = createPairSets();
    for (let position = 0; position < 3000; position++) dense.add('aa', position);
    expect(dense.bytes()).toBeLessThan(3000 * 4 / 8);
  });
});
