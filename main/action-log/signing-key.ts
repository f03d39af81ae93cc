import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenFinding } from '../../shared/log/log-finding';
import type { SecretStore } from '../platform/secret-store';
import { writeFileDurably } from './durable-file';
import { fingerprintOfRaw, rawPublicKeyBase64, signBytes } from './entry-crypto';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './log-files';

/**
 * The per-install Ed25519 key that signs the log's seals. The private key is
 * kept on disk only encrypted by the SecretStore; where the OS offers no
 * encryption it lives in memory for this run, and the run's header says so.
 */
export interface SigningKey {
  publicKey: string; // raw 32 bytes, base64
  fingerprint: string; // SHA-256 of the raw public key, hex
  storage: 'encrypted' | 'memory';
  /** Ed25519 signature (base64) of the given bytes: a seal line's text up to its signature. */
  sign(data: Uint8Array): string;
}

function fromPrivate(privateKey: KeyObject, storage: SigningKey['storage']): SigningKey {
  const publicKey = rawPublicKeyBase64(privateKey);
  return {
    publicKey,
    fingerprint: fingerprintOfRaw(Buffer.from(publicKey, 'base64')),
    storage,
    sign: (data) => signBytes(data, privateKey),
  };
}

async function saveNewKey(folder: string, store: SecretStore): Promise<KeyObject> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  writeFileDurably(join(folder, SIGNING_KEY_FILE), await store.encrypt(pkcs8));
  return privateKey;
}

async function readSavedKey(path: string, store: SecretStore): Promise<KeyObject | null> {
  try {
    const pkcs8 = await store.decrypt(readFileSync(path));
    return createPrivateKey({ key: Buffer.from(pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    return null;
  }
}

/** The public half in plain text beside the key, so an admin can pin it without running the app. */
function writePublicKeyFile(folder: string, key: SigningKey): void {
  const path = join(folder, PUBLIC_KEY_FILE);
  const text = `${JSON.stringify({ publicKey: key.publicKey, fingerprint: key.fingerprint })}\n`;
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileDurably(path, text);
}

export async function loadSigningKey(
  folder: string,
  store: SecretStore,
  now: Date,
): Promise<{ key: SigningKey; findings: OpenFinding[] }> {
  if (!store.isEncryptionAvailable()) {
    const key = fromPrivate(generateKeyPairSync('ed25519').privateKey, 'memory');
    const message =
      'No OS encryption is available, so the log signing key is kept in memory for this run only. ' +
      "This run's entries can be verified with the public key in its header, but that key cannot be pinned in advance.";
    return { key, findings: [{ kind: 'key-in-memory', message }] };
  }
  const findings: OpenFinding[] = [];
  const keyPath = join(folder, SIGNING_KEY_FILE);
  let privateKey = existsSync(keyPath) ? await readSavedKey(keyPath, store) : null;
  if (privateKey === null && existsSync(keyPath)) {
    // Never overwrite what we cannot read: the OS key may come back (a restored profile), and it is evidence.
    const movedTo = `${keyPath}.unreadable-${now.toISOString().replace(/[-:.]/g, '')}`;
    renameSync(keyPath, movedTo);
    findings.push({
      kind: 'key-replaced',
      movedTo,
      message: 'The saved log signing key could not be decrypted; a new key was made, so the key fingerprint has changed.',
    });
  }
  privateKey ??= await saveNewKey(folder, store);
  const key = fromPrivate(privateKey, 'encrypted');
  writePublicKeyFile(folder, key);
  return { key, findings };
}
