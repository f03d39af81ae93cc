import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileName, createCacheStore, KEY_FILE } from '../../../../../main/action-log/review-cache/cache-store';
import { noEncryption } from '../../../../../main/platform/secret-store';
import { createProcessSecretStore } from '../../../../support/process-secret-store';

let dir: string;
const secrets = createProcessSecretStore();
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cache-store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const payload = { rows: ['Zoë', 'IPAD-0042', 'ticket 😀'], n: 3 };

describe('the review cache store', () => {
  it('reads back what it wrote, in a later run too (the key is kept wrapped by the secret store)', async () => {
    await createCacheStore({ folder: dir, secrets }).write('a.cache', payload);
    expect(await createCacheStore({ folder: dir, secrets }).read('a.cache')).toEqual(payload);
    // The key on disk is the secret store's ciphertext, not the key.
    expect(readFileSync(join(dir, KEY_FILE)).length).toBeGreaterThan(32);
  });

  it('keeps the payload in ASCII, so nothing is lost reading it as Latin-1', async () => {
    await createCacheStore({ folder: dir, secrets }).write('a.cache', payload);
    expect([...readFileSync(join(dir, 'a.cache')).subarray(37)].every((byte) => byte < 0x80)).toBe(true);
  });

  it('ignores and deletes a file whose content or code was changed', async () => {
    const store = createCacheStore({ folder: dir, secrets });
    await store.write('a.cache', payload);
    const file = join(dir, 'a.cache');
    const good = readFileSync(file);
    for (const bad of [Buffer.from(good.toString('latin1').replace('IPAD-0042', 'IPAD-0043'), 'latin1'), Buffer.concat([good.subarray(0, 10), Buffer.from([good[10]! ^ 1]), good.subarray(11)])]) {
      writeFileSync(file, bad);
      expect(await store.read('a.cache')).toBeNull();
      expect(existsSync(file)).toBe(false);
    }
  });

  it('refuses files sealed under another key: another installation, or a run without OS encryption', async () => {
    await createCacheStore({ folder: dir, secrets: createProcessSecretStore() }).write('a.cache', payload);
    rmSync(join(dir, KEY_FILE));
    expect(await createCacheStore({ folder: dir, secrets }).read('a.cache')).toBeNull();
    const memoryOnly = createCacheStore({ folder: dir, secrets: noEncryption });
    await memoryOnly.write('b.cache', payload);
    expect(await memoryOnly.read('b.cache')).toEqual(payload);
    expect(await createCacheStore({ folder: dir, secrets: noEncryption }).read('b.cache')).toBeNull();
  });

  it('names files by a hash, so no path or installation shows in the name', () => {
    const name = cacheFileName('install-1', '/logs/PC-ONE/actions-2026-01.jsonl');
    expect(name).toMatch(/^[0-9a-f]{32}\.cache$/);
    expect(cacheFileName('install-2', '/logs/PC-ONE/actions-2026-01.jsonl')).not.toBe(name);
  });
});
