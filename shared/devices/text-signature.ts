/**
 * A Bloom-filter-like signature of the characters and character pairs a text
 * contains. When a query's bits are not all in a text's signature, the text
 * cannot contain the query, so a search can skip most devices without
 * calling `includes` on them: at 100,000 devices the per-call cost of
 * `includes`, not the scanning, is what makes a keystroke slow.
 */

/** 64 bits of single characters, then 512 of hashed character pairs. */
export const signatureWords = 2 + 16;

// Letters and digits own a bit each, so a one-character query of those is answered by the signature alone.
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a-z
  if (code >= 48 && code <= 57) return code - 48 + 26; // 0-9
  return 36 + (code % 28);
}

function pairBit(first: number, second: number): number {
  return 64 + (Math.imul(first * 65599 + second, 0x9e3779b1) >>> 23); // top 9 bits: 0..511
}

function setBit(words: Int32Array, offset: number, bit: number): void {
  words[offset + (bit >>> 5)]! |= 1 << (bit & 31);
}

/** Writes the signature of `text` (already folded) into `words` from `offset`. */
export function writeSignature(text: string, words: Int32Array, offset: number): void {
  words.fill(0, offset, offset + signatureWords);
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    setBit(words, offset, charBit(code));
    if (previous !== -1) setBit(words, offset, pairBit(previous, code));
    previous = code;
  }
}

export interface QuerySignature {
  /** Word indices with bits the text must have, and those bits. */
  words: number[];
  bits: number[];
  /** The signature alone decides: no need to look at the text. */
  exact: boolean;
}

export function querySignature(query: string): QuerySignature {
  const all = new Int32Array(signatureWords);
  writeSignature(query, all, 0);
  const signature: QuerySignature = { words: [], bits: [], exact: query.length === 1 && charBit(query.charCodeAt(0)) < 36 };
  all.forEach((bits, word) => {
    if (bits !== 0) {
      signature.words.push(word);
      signature.bits.push(bits);
    }
  });
  return signature;
}

/** False when the text whose signature starts at `offset` certainly does not contain the query. */
export function mayContain(store: Int32Array, offset: number, query: QuerySignature): boolean {
  for (let k = 0; k < query.words.length; k++) {
    const bits = query.bits[k]!;
    if ((store[offset + query.words[k]!]! & bits) !== bits) return false;
  }
  return true;
}
