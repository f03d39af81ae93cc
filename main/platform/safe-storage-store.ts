import type { SecretStore } from './secret-store';

/**
 * Electron's safeStorage behind the SecretStore, written against the shape of
 * the API rather than `electron` itself so that tests can hand in a double.
 *
 * Electron 45 deprecates the synchronous calls (isEncryptionAvailable,
 * encryptString, decryptString) in favour of isAsyncEncryptionAvailable,
 * encryptStringAsync and decryptStringAsync, which do not block main while the
 * OS key store answers and can survive a key rotation (docs/intune-facts.md,
 * "Electron"). Where an Electron build (or the electron-double, which has only
 * isAsyncEncryptionAvailable) lacks the async pair, the sync calls are used:
 * same format, since data written by encryptString is read by decryptStringAsync.
 */
export interface SafeStorageApi {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(cipher: Buffer): string;
  getSelectedStorageBackend?(): string;
  isAsyncEncryptionAvailable?(): Promise<boolean>;
  encryptStringAsync?(plain: string): Promise<Buffer>;
  decryptStringAsync?(cipher: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export interface SafeStorageStore extends SecretStore {
  /** Which API the store uses, for the diagnostic log and tests. */
  readonly api: 'async' | 'sync';
}

/**
 * Resolves once, after the app is ready, whether real encryption exists. On
 * Linux, safeStorage can fall back to a hard-coded key ("basic_text"): that is
 * not encryption, so it counts as unavailable and callers keep secrets in
 * memory only.
 */
export async function createSafeStorageStore(api: SafeStorageApi, platform: NodeJS.Platform): Promise<SafeStorageStore> {
  const hasAsync = typeof api.encryptStringAsync === 'function' && typeof api.decryptStringAsync === 'function';
  let available: boolean;
  try {
    available = hasAsync && typeof api.isAsyncEncryptionAvailable === 'function' ? await api.isAsyncEncryptionAvailable() : api.isEncryptionAvailable();
  } catch {
    available = false;
  }
  if (available && platform === 'linux' && api.getSelectedStorageBackend?.() === 'basic_text') available = false;

  if (hasAsync) {
    const encryptAsync = api.encryptStringAsync!.bind(api);
    const decryptAsync = api.decryptStringAsync!.bind(api);
    return {
      api: 'async',
      isEncryptionAvailable: () => available,
      encrypt: async (plain) => new Uint8Array(await encryptAsync(plain)),
      // shouldReEncrypt needs no action here: every caller writes its secret again on its next
      // save (the token cache after each change, the device cache on each load), with the new key.
      decrypt: async (cipher) => (await decryptAsync(Buffer.from(cipher))).result,
    };
  }
  return {
    api: 'sync',
    isEncryptionAvailable: () => available,
    encrypt: async (plain) => new Uint8Array(api.encryptString(plain)),
    decrypt: async (cipher) => api.decryptString(Buffer.from(cipher)),
  };
}
