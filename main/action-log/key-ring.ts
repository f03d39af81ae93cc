import type { KeyObject } from 'node:crypto';
import { isHeader, type HeaderEntry, type LogLine } from '../../shared/log/log-entry';
import type { FindingKind } from '../../shared/log/log-finding';
import { entryHash, fingerprintOfRaw, publicKeyFromRaw, verifyHash } from './entry-crypto';

/**
 * Decides whether a line is what its writer signed. Keys come from the
 * headers of the file being read (a header is signed by the key it
 * declares); when the reviewer pins keys, a key must also be pinned, which is
 * what catches a log rewritten and re-signed with someone else's key.
 */
export type Authenticity = 'ok' | Extract<FindingKind, 'edited' | 'bad-signature' | 'unknown-key' | 'invalid-entry'>;

export interface AuthResult {
  kind: Authenticity;
  message: string;
}

const short = (fingerprint: string) => `${fingerprint.slice(0, 16)}…`;

/** A line whose hash and key are good and whose signature is still to be checked. */
export interface PendingAuth {
  kind: 'pending';
  key: KeyObject;
}

export type Verify = (hashHex: string, sigBase64: string, publicKey: KeyObject) => boolean;

export function createKeyRing(pinned: ReadonlySet<string> | null, verify: Verify = verifyHash) {
  let declared = new Map<string, KeyObject>();

  function checkHeader(header: HeaderEntry): AuthResult {
    const key = publicKeyFromRaw(header.publicKey);
    if (key === null) return { kind: 'invalid-entry', message: 'the header holds no valid Ed25519 public key' };
    if (fingerprintOfRaw(Buffer.from(header.publicKey, 'base64')) !== header.fingerprint) {
      return { kind: 'invalid-entry', message: "the header's fingerprint is not that of its public key" };
    }
    if (!verify(header.hash, header.sig, key)) return { kind: 'bad-signature', message: 'the header is not signed by the key it declares' };
    declared.set(header.fingerprint, key);
    if (pinned !== null && !pinned.has(header.fingerprint)) {
      return { kind: 'unknown-key', message: `the header declares key ${short(header.fingerprint)}, which is not among the pinned keys` };
    }
    return { kind: 'ok', message: '' };
  }

  const ring = {
    /** Keys are declared per file: every file starts with its own header. */
    startFile(): void {
      declared = new Map();
    },
    check(line: LogLine): AuthResult {
      const first = ring.prepare(line);
      return first.kind === 'pending' ? ring.settle(line, verify(line.hash, line.sig, first.key)) : first;
    },
    /**
     * Everything but an entry's signature check: the hash, headers (signature
     * included) and the declared key. An entry that passes is `pending`; the
     * caller checks its signature (possibly through a later line of the same
     * chain run) and calls `settle`.
     */
    prepare(line: LogLine): AuthResult | PendingAuth {
      if (entryHash(line) !== line.hash) return { kind: 'edited', message: 'the line was changed: its content no longer matches its hash' };
      if (isHeader(line)) return checkHeader(line);
      const key = declared.get(line.keyId);
      if (key === undefined) {
        return { kind: 'unknown-key', message: `signed by key ${short(line.keyId)}, which no header before it in this file declares` };
      }
      return { kind: 'pending', key };
    },
    /** The result for a pending entry once its signature is known good or bad. */
    settle(line: LogLine, signatureOk: boolean): AuthResult {
      if (isHeader(line)) throw new Error('settle: headers are checked by prepare');
      if (!signatureOk) return { kind: 'bad-signature', message: 'the signature does not match the entry' };
      if (pinned !== null && !pinned.has(line.keyId)) {
        return { kind: 'unknown-key', message: `signed by key ${short(line.keyId)}, which is not among the pinned keys` };
      }
      return { kind: 'ok', message: '' };
    },
  };
  return ring;
}
