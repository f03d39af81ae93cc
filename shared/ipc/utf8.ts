// Node and every browser have TextEncoder and TextDecoder as globals; shared/
// compiles with neither's types (tsconfig), so the little used here is declared.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: 'utf-8', options?: { fatal?: boolean }) => { decode(bytes: ArrayBuffer | Uint8Array): string };

const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 bytes; throws on bytes that are not UTF-8 rather than put U+FFFD in their place. */
export function utf8Text(bytes: ArrayBuffer | Uint8Array): string {
  return strict.decode(bytes);
}
