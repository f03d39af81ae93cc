import { createPublicKey, hash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalEntryText } from '../../shared/log/canonical-json';
import { parseFingerprint } from '../../shared/log/key-fingerprint';

/** Hashing and Ed25519 signatures for log lines; the rules are in docs/action-log-format.md. */
export function sha256Hex(data: string | Uint8Array): string {
  // One-shot: a review hashes every line, and a Hash object per line costs as much as the hashing.
  return hash('sha256', data, 'hex');
}

export function entryHash(line: Readonly<Record<string, unknown>>): string {
  return sha256Hex(canonicalEntryText(line));
}

/** Format 2 seals sign the bytes of their own line up to the signature. */
export function signBytes(data: Uint8Array, privateKey: KeyObject): string {
  return sign(null, data, privateKey).toString('base64');
}

export function verifyBytes(data: Uint8Array, sigBase64: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, data, publicKey, Buffer.from(sigBase64, 'base64'));
  } catch {
    return false;
  }
}

/** Format 1: the signature covers the 32 hash bytes, so verifying needs only the hash and the public key. */
export function signHash(hashHex: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(hashHex, 'hex'), privateKey).toString('base64');
}

export function verifyHash(hashHex: string, sigBase64: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(hashHex, 'hex'), publicKey, Buffer.from(sigBase64, 'base64'));
  } catch {
    return false;
  }
}

export function fingerprintOfRaw(rawPublicKey: Uint8Array): string {
  return sha256Hex(rawPublicKey);
}

/** The raw 32-byte public key (as base64) of an Ed25519 KeyObject, public or private. */
export function rawPublicKeyBase64(key: KeyObject): string {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** A verifier from the base64 raw public key a header carries; null if it is not a valid key. */
export function publicKeyFromRaw(base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

/**
 * A pinned key as an admin may give it: a fingerprint (hex, any grouping) or
 * the base64 public key. Returns the fingerprint, or null.
 */
export function fingerprintOfKeyRef(ref: string): string | null {
  const fingerprint = parseFingerprint(ref);
  if (fingerprint !== null) return fingerprint;
  const trimmed = ref.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return null;
  return fingerprintOfRaw(Buffer.from(trimmed, 'base64'));
}
