import { describe, expect, it } from 'vitest';
import { createSafeStorageStore, type SafeStorageApi } from '../../../../main/platform/safe-storage-store';

/** A safeStorage stand-in with a real (reversible) transform, so a wrong call order shows up as wrong text. */
const seal = (plain: string) => Buffer.from(`v10:${Buffer.from(plain).toString('base64')}`);
const open = (cipher: Buffer) => Buffer.from(cipher.toString().replace(/^v10:/, ''), 'base64').toString();
const deprecated = () => {
  throw new Error('sync safeStorage API called where the async one exists');
};

function electron45(overrides: Partial<SafeStorageApi> = {}): SafeStorageApi {
  return {
    isEncryptionAvailable: deprecated,
    encryptString: deprecated,
    decryptString: deprecated,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (plain) => seal(plain),
    decryptStringAsync: async (cipher) => ({ result: open(cipher), shouldReEncrypt: false }),
    ...overrides,
  };
}

/** What the electron-double offers: isAsyncEncryptionAvailable but not the async encrypt/decrypt pair. */
function withoutAsyncPair(available = true): SafeStorageApi {
  return { isEncryptionAvailable: () => available, encryptString: seal, decryptString: open, isAsyncEncryptionAvailable: async () => available, getSelectedStorageBackend: () => 'kwallet5' };
}

describe('safeStorage behind the SecretStore', () => {
  it('uses only the async API where Electron has it, and round-trips a secret', async () => {
    const store = await createSafeStorageStore(electron45(), 'win32');
    expect(store.api).toBe('async');
    expect(store.isEncryptionAvailable()).toBe(true);
    const cipher = await store.encrypt('refresh-token-secret');
    expect(Buffer.from(cipher).toString()).not.toContain('refresh-token-secret');
    await expect(store.decrypt(cipher)).resolves.toBe('refresh-token-secret');
  });

  it('returns the decrypted text when the key was rotated (shouldReEncrypt), leaving the rewrite to the next save', async () => {
    const store = await createSafeStorageStore(electron45({ decryptStringAsync: async (c) => ({ result: open(c), shouldReEncrypt: true }) }), 'darwin');
    await expect(store.decrypt(seal('cache'))).resolves.toBe('cache');
  });

  it('falls back to the sync API where the async pair is missing (the electron-double)', async () => {
    const store = await createSafeStorageStore(withoutAsyncPair(), 'darwin');
    expect(store.api).toBe('sync');
    expect(store.isEncryptionAvailable()).toBe(true);
    await expect(store.decrypt(await store.encrypt('signing key'))).resolves.toBe('signing key');
  });

  it("counts Linux's basic_text backend (a hard-coded key) as no encryption, on either API", async () => {
    const asyncStore = await createSafeStorageStore(electron45({ getSelectedStorageBackend: () => 'basic_text' }), 'linux');
    const syncStore = await createSafeStorageStore({ ...withoutAsyncPair(), getSelectedStorageBackend: () => 'basic_text' }, 'linux');
    expect(asyncStore.isEncryptionAvailable()).toBe(false);
    expect(syncStore.isEncryptionAvailable()).toBe(false);
  });

  it('reports no encryption when the async availability check says no or fails', async () => {
    const no = await createSafeStorageStore(electron45({ isAsyncEncryptionAvailable: async () => false }), 'win32');
    const broken = await createSafeStorageStore(electron45({ isAsyncEncryptionAvailable: () => Promise.reject(new Error('keychain locked')) }), 'darwin');
    expect(no.isEncryptionAvailable()).toBe(false);
    expect(broken.isEncryptionAvailable()).toBe(false);
  });
});
