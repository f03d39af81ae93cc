/**
 * A Bloom-filter-like signature of the characters a text contains: the
 * first keystroke's filter. When a query's bits are not all in a text's
 * signature, the text cannot contain the query, so a search skips it without
 * calling `includes`. Pairs of characters have exact sets of their own
 * (pair-sets.ts), which answer every longer query.
 */

/** 64 bits of single characters. */
export const signatureWords = 2;

// Letters and digits own a bit each, so a one-character query of those is answered by the signature alone.
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a-z
  if (code >= 48 && code <= 57) return code - 48 + 26; // 0-9
  return 36 + (code % 28);
}

function setBit(words: Int32Array, offset: number, bit: number): void {
  words[offset + (bit >>> 5)]! |= 1 << (bit & 31);
}

/** Writes the signature of `text` (already folded) into `words` from `offset`. */
export function writeSignature(text: string, words: Int32Array, offset: number): void {
  words.fill(0, offset, offset + signatureWords);
  for (let i = 0; i < text.length; i++) setBit(words, offset, charBit(text.charCodeAt(i)));
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
