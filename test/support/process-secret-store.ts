import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStore } from '../../main/platform/secret-store';

/**
 * A SecretStore for tests and the browser host that really encrypts
 * (AES-256-GCM with a key that lives only in this process), so a test that
 * greps files for a secret proves what the product does with safeStorage.
 */
export function createProcessSecretStore(key: Uint8Array = randomBytes(32)): SecretStore {
  return {
    isEncryptionAvailable: () => true,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(data) {
      const buf = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
