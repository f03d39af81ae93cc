/**
 * For every pair of adjacent characters in the indexed texts, the exact set
 * of positions whose text contains it. A query of two characters is one set,
 * read as it is; a longer query is the intersection of its pairs' sets, a
 * few candidates that one compare each confirms. Why: at 500,000 devices the
 * second keystroke ("le", "am") matches hundreds of thousands of devices,
 * and confirming each with `indexOf` was most of the search's tail (issue 19,
 * docs/benchmarks.md "Issue 19 session 5"); reading set bits is not.
 *
 * A set is a sorted list of positions while that is smaller, and a bitset of
 * every position once it holds more than one position in 32 (the memory of
 * both is then about the same, and the bitset answers "is it in?" at once).
 */

// A list turns into a bitset once it holds this many positions and more than one in 32 of them.
const smallestBitset = 256;

class PairSet {
  count = 0;
  /** Sorted positions, while a list. */
  list: Int32Array | null = new Int32Array(4);
  /** One bit per position, once a bitset. */
  bits: Int32Array | null = null;

  add(position: number): void {
    if (this.bits !== null) return this.setBit(position);
    const list = this.list as Int32Array;
    const last = this.count === 0 ? -1 : list[this.count - 1]!;
    if (position === last) return;
    if (position < last) return this.insert(position);
    if (this.count >= smallestBitset && this.count * 32 > position) {
      this.toBitset(position);
      return this.setBit(position);
    }
    if (this.count === list.length) {
      const grown = new Int32Array(list.length + (list.length >>> 1) + 4);
      grown.set(list);
      this.list = grown;
    }
    this.list![this.count++] = position;
  }

  /** The positions, ascending. */
  positions(): Int32Array {
    if (this.bits === null) return (this.list as Int32Array).slice(0, this.count);
    const out = new Int32Array(this.count);
    const bits = this.bits;
    let n = 0;
    for (let word = 0; word < bits.length; word++) {
      let w = bits[word]!;
      while (w !== 0) {
        const low = w & -w;
        out[n++] = (word << 5) + 31 - Math.clz32(low);
        w ^= low;
      }
    }
    return out;
  }

  /** Keeps, in place, the first `length` of the ascending `positions` that are in this set; returns how many stayed. */
  keep(positions: Int32Array, length: number): number {
    let kept = 0;
    if (this.bits !== null) {
      const bits = this.bits;
      for (let k = 0; k < length; k++) {
        const p = positions[k]!;
        if (((bits[p >>> 5] ?? 0) & (1 << (p & 31))) !== 0) positions[kept++] = p;
      }
      return kept;
    }
    const list = this.list as Int32Array;
    let j = 0;
    for (let k = 0; k < length && j < this.count; k++) {
      const p = positions[k]!;
      while (j < this.count && list[j]! < p) j++;
      if (list[j] === p) positions[kept++] = p;
    }
    return kept;
  }

  private setBit(position: number): void {
    let bits = this.bits as Int32Array;
    const word = position >>> 5;
    if (word >= bits.length) {
      // Positions come in ascending, a page at a time: an eighth more at once keeps copies rare and slack small.
      const grown = new Int32Array(Math.max(word + 1, bits.length + (bits.length >>> 3)));
      grown.set(bits);
      this.bits = bits = grown;
    }
    const bit = 1 << (position & 31);
    if ((bits[word]! & bit) === 0) {
      bits[word]! |= bit;
      this.count++;
    }
  }

  private toBitset(upTo: number): void {
    const list = this.list as Int32Array;
    const bits = new Int32Array((upTo >>> 5) + 1);
    for (let k = 0; k < this.count; k++) bits[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
    this.bits = bits;
    this.list = null;
  }

  // Only when a device is replaced by a newer copy whose text has a pair the old one lacked: rare.
  private insert(position: number): void {
    const list = this.list as Int32Array;
    const at = lowerBound(list, this.count, position);
    if (list[at] === position) return;
    const target = this.count === list.length ? new Int32Array(list.length + (list.length >>> 1) + 4) : list;
    target.set(list.subarray(0, at));
    target.copyWithin(at + 1, at, this.count);
    if (target !== list) target.set(list.subarray(at, this.count), at + 1);
    target[at] = position;
    this.list = target;
    this.count++;
  }
}

function lowerBound(list: Int32Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface PairSets {
  /** Adds the pairs of `text` (folded) to `position`'s sets. Pairs a replaced text had stay: see `search`'s `stale`. */
  add(text: string, position: number): void;
  /**
   * Ascending positions whose text has every pair of `query` (two characters
   * or more): exactly those containing a two-character query, a superset for
   * a longer one.
   */
  candidates(query: string): Int32Array;
  /** Bytes the sets hold (for the heap budget in docs/benchmarks.md). */
  bytes(): number;
}

/** `add` leaves out pairs with this character (the separator of fields); `candidates` finds none for them. */
export function createPairSets(skipped = -1): PairSets {
  // Pairs of ASCII characters (nearly every pair in Intune's values) by index in a table, the rest by key:
  // adding a device looks up a hundred pairs, and a Map keyed by numbers past 2^30 hashes slowly.
  const ascii: (PairSet | undefined)[] = new Array<PairSet | undefined>(128 * 128).fill(undefined);
  const others = new Map<number, PairSet>();
  const setOf = (first: number, second: number, create: boolean): PairSet | undefined => {
    if (first < 128 && second < 128) {
      const known = ascii[first * 128 + second];
      if (known !== undefined || !create) return known;
      return (ascii[first * 128 + second] = new PairSet());
    }
    const key = first * 0x10000 + second;
    const known = others.get(key);
    if (known !== undefined || !create) return known;
    const made = new PairSet();
    others.set(key, made);
    return made;
  };
  return {
    add(text, position) {
      for (let i = 1; i < text.length; i++) {
        const first = text.charCodeAt(i - 1);
        const second = text.charCodeAt(i);
        // A query never holds the separator of fields, so pairs across two fields are never asked for.
        if (first !== skipped && second !== skipped) setOf(first, second, true)!.add(position);
      }
    },

    candidates(query) {
      const wanted: PairSet[] = [];
      for (let i = 1; i < query.length; i++) {
        const set = setOf(query.charCodeAt(i - 1), query.charCodeAt(i), false);
        if (set === undefined) return new Int32Array(0);
        if (!wanted.includes(set)) wanted.push(set);
      }
      // The smallest set first: every other one only filters what it holds.
      wanted.sort((a, b) => a.count - b.count);
      const positions = wanted[0]!.positions();
      let length = positions.length;
      for (let k = 1; k < wanted.length && length > 0; k++) length = wanted[k]!.keep(positions, length);
      return positions.subarray(0, length);
    },

    bytes() {
      let total = 0;
      for (const set of [...ascii, ...others.values()]) if (set !== undefined) total += (set.bits ?? set.list)!.byteLength;
      return total;
    },
  };
}
