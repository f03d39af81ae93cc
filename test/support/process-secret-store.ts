import { randomBytes } from 'node:crypto';
import { createKeyedSecretStore } from '../../main/browser-host/dev-secret-store';
import type { SecretStore } from '../../main/platform/secret-store';

/**
 * A SecretStore for tests that really encrypts (the browser host's keyed
 * AES-256-GCM store, with a key that lives only in this process), so a test
 * that greps files for a secret proves what the product does with safeStorage.
 */
export function createProcessSecretStore(key: Uint8Array = randomBytes(32)): SecretStore {
  return createKeyedSecretStore(key);
}
