import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  entryHash,
  fingerprintOfKeyRef,
  fingerprintOfRaw,
  publicKeyFromRaw,
  rawPublicKeyBase64,
  signHash,
  verifyHash,
} from '../../../../main/action-log/entry-crypto';
import { formatFingerprint } from '../../../../shared/log/key-fingerprint';

describe('entry crypto', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKeyBase64(privateKey);
  const fingerprint = fingerprintOfRaw(Buffer.from(publicKey, 'base64'));

  it('hashes the canonical form, so key order does not matter but content does', () => {
    expect(entryHash({ a: 1, b: 2, hash: 'x', sig: 'y' })).toBe(entryHash({ b: 2, a: 1 }));
    expect(entryHash({ a: 1, b: 3 })).not.toBe(entryHash({ a: 1, b: 2 }));
  });

  it('signs a hash that only the matching public key verifies', () => {
    const hash = entryHash({ a: 1 });
    const sig = signHash(hash, privateKey);
    expect(verifyHash(hash, sig, publicKeyFromRaw(publicKey)!)).toBe(true);
    expect(verifyHash(entryHash({ a: 2 }), sig, publicKeyFromRaw(publicKey)!)).toBe(false);
    expect(verifyHash(hash, 'not base64 at all', publicKeyFromRaw(publicKey)!)).toBe(false);
    expect(publicKeyFromRaw('AAAA')).toBeNull();
  });

  it('accepts a pinned key as a fingerprint in any grouping or as the base64 public key', () => {
    expect(fingerprintOfKeyRef(publicKey)).toBe(fingerprint);
    expect(fingerprintOfKeyRef(formatFingerprint(fingerprint).toUpperCase())).toBe(fingerprint);
    expect(fingerprintOfKeyRef('not a key')).toBeNull();
  });
});
