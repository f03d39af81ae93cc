import type { KeyObject } from 'node:crypto';
import type { HeaderEntry, LegacyHeader, LegacyLine } from '../../shared/log/log-entry';
import type { FindingKind } from '../../shared/log/log-finding';
import type { FindingMessage } from '../../shared/messages/finding-message';
import { entryHash, fingerprintOfRaw, publicKeyFromRaw, verifyHash } from './entry-crypto';

/**
 * The signing keys a file declares, and whether a line is what its writer
 * signed. Keys come from the headers of the file being read; when the
 * reviewer pins keys, a key must also be pinned, which is what catches a log
 * rewritten and re-signed with someone else's key.
 */
export type Authenticity = 'ok' | Extract<FindingKind, 'edited' | 'bad-signature' | 'unknown-key' | 'invalid-entry'>;

export type AuthResult = { kind: 'ok' } | { kind: Exclude<Authenticity, 'ok'>; say: FindingMessage };

const short = (fingerprint: string) => `${fingerprint.slice(0, 16)}…`;
const notPinnedCodes = { header: 'headerKeyNotPinned', signed: 'signedKeyNotPinned', sealed: 'sealedKeyNotPinned' } as const;
const OK: AuthResult = { kind: 'ok' };

export type Verify = (hashHex: string, sigBase64: string, publicKey: KeyObject) => boolean;

export function createKeyRing(pinned: ReadonlySet<string> | null, verify: Verify = verifyHash) {
  let declared = new Map<string, KeyObject>();

  /** `by`: which line names the key (a header declares it, a line is signed by it, a seal is made with it). */
  const notPinned = (fingerprint: string, by: 'header' | 'signed' | 'sealed'): AuthResult | null =>
    pinned !== null && !pinned.has(fingerprint) ? { kind: 'unknown-key', say: { code: notPinnedCodes[by], params: { key: short(fingerprint) } } } : null;

  /** A header's key, checked against its fingerprint; `sigOk` is false only for a format-1 header whose own signature fails. */
  function declare(header: HeaderEntry | LegacyHeader, sigOk: (key: KeyObject) => boolean): AuthResult {
    const key = publicKeyFromRaw(header.publicKey);
    if (key === null) return { kind: 'invalid-entry', say: { code: 'headerNoKey', params: {} } };
    if (fingerprintOfRaw(Buffer.from(header.publicKey, 'base64')) !== header.fingerprint) {
      return { kind: 'invalid-entry', say: { code: 'headerFingerprintMismatch', params: {} } };
    }
    if (!sigOk(key)) return { kind: 'bad-signature', say: { code: 'headerNotSelfSigned', params: {} } };
    declared.set(header.fingerprint, key);
    return notPinned(header.fingerprint, 'header') ?? OK;
  }

  return {
    /** Keys are declared per file: every file starts with its own header. */
    startFile(): void {
      declared = new Map();
    },
    /** A format-2 header: its key seals the lines that follow (the seal vouches for the header too). */
    declare: (header: HeaderEntry) => declare(header, () => true),
    /** The key a format-2 seal names, if a header of this file declared it. */
    keyFor: (fingerprint: string): KeyObject | undefined => declared.get(fingerprint),
    notPinned,
    /** A format-1 line: its hash, its signature (every one), its key. */
    checkLegacy(line: LegacyLine): AuthResult {
      if (entryHash(line) !== line.hash) return { kind: 'edited', say: { code: 'lineEdited', params: {} } };
      if (line.type === 'header') return declare(line, (key) => verify(line.hash, line.sig, key));
      const key = declared.get(line.keyId);
      if (key === undefined) return { kind: 'unknown-key', say: { code: 'lineUnknownKey', params: { key: short(line.keyId) } } };
      if (!verify(line.hash, line.sig, key)) return { kind: 'bad-signature', say: { code: 'badSignature', params: {} } };
      return notPinned(line.keyId, 'signed') ?? OK;
    },
  };
}

export type KeyRing = ReturnType<typeof createKeyRing>;
