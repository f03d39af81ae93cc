/**
 * Encryption at rest for secrets the main process keeps on disk: the MSAL
 * token cache and the action log's signing key. In the product it is filled by
 * Electron's safeStorage (DPAPI on Windows, Keychain on macOS); tests and the
 * browser host fill it with the honest fakes below. The core never imports
 * `electron`, so everything that needs encryption takes a SecretStore.
 */
export interface SecretStore {
  /**
   * False where the OS offers no real encryption (Linux `basic_text`, or no
   * keyring): callers must then keep secrets in memory only and say so.
   */
  isEncryptionAvailable(): boolean;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(cipher: Uint8Array): Promise<string>;
}

/** Where nothing can be encrypted: refuses, so callers fall back to memory. */
export const noEncryption: SecretStore = {
  isEncryptionAvailable: () => false,
  encrypt: () => Promise.reject(new Error('No OS encryption is available on this machine')),
  decrypt: () => Promise.reject(new Error('No OS encryption is available on this machine')),
};
