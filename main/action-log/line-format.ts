import type { KeyObject } from 'node:crypto';
import { LOG_FORMAT_VERSION } from '../../shared/log/log-entry';
import { sha256Hex, verifyBytes } from './entry-crypto';

/**
 * The bytes of a format-2 line. Lines are hashed as written: the next line's
 * `prev` is the SHA-256 of these bytes, newline included, so neither writer
 * nor reader ever rebuilds a canonical form. A seal carries its signature as
 * its last field; the signature covers every byte before `,"sig":"`.
 */
const SIG_MARK = Buffer.from(',"sig":"', 'utf8');
const SIG_TAIL = Buffer.from('"}', 'utf8');

export function lineBytes(fields: Record<string, unknown>): Buffer {
  return Buffer.from(`${JSON.stringify(fields)}\n`, 'utf8');
}

const NEWLINE = Buffer.from('\n');

/**
 * SHA-256 (hex) of a line's bytes without its newline, plus the newline: what the next line's `prev` must be.
 * A line read from a file usually sits in its read buffer right before its own newline: then those
 * very bytes are hashed, in one call, with nothing copied.
 */
export function linkHash(bytesWithoutNewline: Uint8Array): string {
  const { buffer, byteOffset, length } = bytesWithoutNewline;
  const end = byteOffset + length;
  if (end < buffer.byteLength && byteAt(buffer, end) === 0x0a) return sha256Hex(new Uint8Array(buffer, byteOffset, length + 1));
  return sha256Hex(Buffer.concat([bytesWithoutNewline, NEWLINE]));
}

// A view of the whole read buffer the lines lie in, made once a buffer rather than once a line.
let viewed: ArrayBufferLike | null = null;
let whole: Uint8Array = new Uint8Array(0);
function byteAt(buffer: ArrayBufferLike, at: number): number | undefined {
  if (buffer !== viewed) {
    whole = new Uint8Array(buffer);
    viewed = buffer;
  }
  return whole[at];
}

/** A seal over the chain so far: `prev` is the hash of the last line it vouches for. */
export function sealLineBytes(seq: number, time: string, prev: string, keyId: string, sign: (data: Uint8Array) => string): Buffer {
  const body = JSON.stringify({ v: LOG_FORMAT_VERSION, seq, time, type: 'seal', keyId, prev });
  const signed = Buffer.from(body.slice(0, -1), 'utf8');
  return Buffer.concat([signed, SIG_MARK, Buffer.from(sign(signed), 'ascii'), SIG_TAIL, NEWLINE]);
}

/** True when a seal line (bytes without newline) ends in its signature and the signature is good. */
export function sealVerifies(bytes: Uint8Array, sig: string, key: KeyObject): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.lastIndexOf(SIG_MARK);
  if (at < 0) return false;
  const tail = buffer.subarray(at + SIG_MARK.length);
  // The signature must be the very last field, as written, so nothing after it escapes the check.
  if (tail.length !== sig.length + SIG_TAIL.length || tail.toString('ascii', 0, sig.length) !== sig || !tail.subarray(sig.length).equals(SIG_TAIL)) return false;
  return verifyBytes(buffer.subarray(0, at), sig, key);
}
