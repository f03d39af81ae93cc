import type { KeyObject } from 'node:crypto';
import type { HeaderEntry, LegacyHeader, LegacyLine } from '../../shared/log/log-entry';
import type { FindingKind } from '../../shared/log/log-finding';
import { entryHash, fingerprintOfRaw, publicKeyFromRaw, verifyHash } from './entry-crypto';

/**
 * The signing keys a file declares, and whether a line is what its writer
 * signed. Keys come from the headers of the file being read; when the
 * reviewer pins keys, a key must also be pinned, which is what catches a log
 * rewritten and re-signed with someone else's key.
 */
export type Authenticity = 'ok' | Extract<FindingKind, 'edited' | 'bad-signature' | 'unknown-key' | 'invalid-entry'>;

export interface AuthResult {
  kind: Authenticity;
  message: string;
}

const short = (fingerprint: string) => `${fingerprint.slice(0, 16)}…`;
const OK: AuthResult = { kind: 'ok', message: '' };

export type Verify = (hashHex: string, sigBase64: string, publicKey: KeyObject) => boolean;

export function createKeyRing(pinned: ReadonlySet<string> | null, verify: Verify = verifyHash) {
  let declared = new Map<string, KeyObject>();

  const notPinned = (fingerprint: string, what: string): AuthResult | null =>
    pinned !== null && !pinned.has(fingerprint) ? { kind: 'unknown-key', message: `${what} ${short(fingerprint)}, which is not among the pinned keys` } : null;

  /** A header's key, checked against its fingerprint; `sigOk` is false only for a format-1 header whose own signature fails. */
  function declare(header: HeaderEntry | LegacyHeader, sigOk: (key: KeyObject) => boolean): AuthResult {
    const key = publicKeyFromRaw(header.publicKey);
    if (key === null) return { kind: 'invalid-entry', message: 'the header holds no valid Ed25519 public key' };
    if (fingerprintOfRaw(Buffer.from(header.publicKey, 'base64')) !== header.fingerprint) {
      return { kind: 'invalid-entry', message: "the header's fingerprint is not that of its public key" };
    }
    if (!sigOk(key)) return { kind: 'bad-signature', message: 'the header is not signed by the key it declares' };
    declared.set(header.fingerprint, key);
    return notPinned(header.fingerprint, 'the header declares key') ?? OK;
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
      if (entryHash(line) !== line.hash) return { kind: 'edited', message: 'the line was changed: its content no longer matches its hash' };
      if (line.type === 'header') return declare(line, (key) => verify(line.hash, line.sig, key));
      const key = declared.get(line.keyId);
      if (key === undefined) return { kind: 'unknown-key', message: `signed by key ${short(line.keyId)}, which no header before it in this file declares` };
      if (!verify(line.hash, line.sig, key)) return { kind: 'bad-signature', message: 'the signature does not match the entry' };
      return notPinned(line.keyId, 'signed by key') ?? OK;
    },
  };
}

export type KeyRing = ReturnType<typeof createKeyRing>;
