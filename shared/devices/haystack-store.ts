/**
 * Every device's folded search text, one byte a character, in large shared
 * buffers instead of one string each. Why (issue 19, docs/benchmarks.md
 * "Issue 19 session 6"): at 500,000 devices the slowest keystrokes confirm
 * 50,000-70,000 candidates, and reading that many strings scattered over the
 * heap (`startsWith`/`indexOf` on each) was most of their time; the same
 * bytes, read in ascending positions from a few buffers, are not. It also
 * drops a string's header and array slot per device.
 *
 * A text with a character past U+00FF (Greek, CJK: rare in Intune's values)
 * stays a string, kept aside; a query with such a character can only be in
 * those. A replaced device's new text goes to the end; its old bytes stay
 * unused (replacements are rare: a device changed while the list loads).
 */

// Buffers of 1 MiB: growing never copies the texts already stored, and no buffer is larger than this.
const chunkBits = 20;
const chunkSize = 1 << chunkBits;
const offsetMask = chunkSize - 1;

/** Where a text starts, for a text kept aside as a string. */
const aside = -1;

/** A query prepared once per search: its characters, and whether any is past one byte. */
export interface Needle {
  readonly text: string;
  readonly codes: Uint8Array;
  readonly wide: boolean;
}

export function needleOf(text: string): Needle {
  const codes = new Uint8Array(text.length);
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) wide = true;
    codes[i] = code;
  }
  return { text, codes, wide };
}

export interface HaystackStore {
  /** Stores `text` (folded) for `position`; a position stored again takes the new text. */
  set(position: number, text: string): void;
  /** Where `needle` first occurs in `position`'s text at or after `from`, or -1. */
  indexOf(position: number, needle: Needle, from: number): number;
  /**
   * The four characters of `position`'s text from `offset`, one a byte, the
   * first lowest (zero past the end, as no query holds the zero character);
   * -1 for a text kept aside, whose characters are not bytes.
   */
  following(position: number, offset: number): number;
  /** Bytes held (buffers, offsets, the texts kept aside). */
  bytes(): number;
}

function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const copy = new Int32Array(Math.max(length, array.length + (array.length >>> 2)));
  copy.set(array);
  return copy;
}

export function createHaystackStore(): HaystackStore {
  const chunks: Uint8Array[] = [];
  // The same buffers read four bytes at a time (XOR with the sought byte leaves a zero byte where it is).
  const wordsOf: Int32Array[] = [];
  // Where the next text goes: chunk number << chunkBits | offset.
  let end = 0;
  let starts = new Int32Array(1024);
  let lengths = new Int32Array(1024);
  const wideTexts = new Map<number, string>();

  function place(length: number): number {
    // A text never straddles two buffers.
    if (end >>> chunkBits >= chunks.length || (end & offsetMask) + length > chunkSize) {
      const buffer = new ArrayBuffer(chunkSize);
      chunks.push(new Uint8Array(buffer));
      wordsOf.push(new Int32Array(buffer));
      end = (chunks.length - 1) << chunkBits;
    }
    const start = end;
    end += length;
    return start;
  }

  function narrowIndexOf(position: number, needle: Needle, from: number): number {
    const start = starts[position]!;
    const chunk = chunks[start >>> chunkBits]!;
    const words = wordsOf[start >>> chunkBits]!;
    const base = start & offsetMask;
    const codes = needle.codes;
    const size = codes.length;
    const last = base + lengths[position]! - size;
    const first = codes[0]!;
    const spread = Math.imul(first, 0x01010101);
    let at = base + from;
    while (at <= last) {
      // Four bytes at a time while none of them is the query's first character: a text that does not
      // hold the query is read to its end (the third keystroke after a two-character one reads most).
      if ((at & 3) === 0 && at + 3 <= last) {
        const word = words[at >>> 2]! ^ spread;
        if (((word - 0x01010101) & ~word & 0x80808080) === 0) {
          at += 4;
          continue;
        }
      }
      if (chunk[at] === first) {
        let k = 1;
        while (k < size && chunk[at + k] === codes[k]) k++;
        if (k === size) return at - base;
      }
      at++;
    }
    return -1;
  }

  return {
    set(position, text) {
      starts = grown(starts, position + 1);
      lengths = grown(lengths, position + 1);
      lengths[position] = text.length;
      // A text longer than a buffer (no Intune value is) is kept aside too.
      let narrow = text.length <= chunkSize;
      for (let i = 0; i < text.length && narrow; i++) narrow = text.charCodeAt(i) <= 0xff;
      if (!narrow) {
        wideTexts.set(position, text);
        starts[position] = aside;
        return;
      }
      wideTexts.delete(position);
      const start = place(text.length);
      const chunk = chunks[start >>> chunkBits]!;
      const base = start & offsetMask;
      for (let i = 0; i < text.length; i++) chunk[base + i] = text.charCodeAt(i);
      starts[position] = start;
    },

    indexOf(position, needle, from) {
      if (starts[position] !== aside) return needle.wide ? -1 : narrowIndexOf(position, needle, from);
      return (wideTexts.get(position) as string).indexOf(needle.text, from);
    },

    following(position, offset) {
      const start = starts[position]!;
      if (start === aside) return -1;
      const chunk = chunks[start >>> chunkBits]!;
      const base = start & offsetMask;
      const end = lengths[position]!;
      let word = 0;
      for (let k = 3; k >= 0; k--) word = (word << 8) | (offset + k < end ? chunk[base + offset + k]! : 0);
      return word;
    },

    bytes() {
      let total = starts.byteLength + lengths.byteLength;
      for (const chunk of chunks) total += chunk.byteLength;
      for (const text of wideTexts.values()) total += 16 + 2 * text.length;
      return total;
    },
  };
}
