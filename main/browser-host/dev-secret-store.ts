import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStore } from '../platform/secret-store';

/**
 * For the browser host only, when a test or the bench must see what survives
 * a restart (PASSCODE_DESK_DEV_SECRET_KEY): real AES-256-GCM encryption under
 * a key the caller holds, standing in for the OS keychain a browser lacks.
 */
export function createKeyedSecretStore(key: Uint8Array): SecretStore {
  return {
    isEncryptionAvailable: () => true,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      const bytes = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
