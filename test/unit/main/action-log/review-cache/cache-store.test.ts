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
const parts = [Buffer.from('first part'), Buffer.alloc(0), Buffer.from(new Int32Array([1, -2, 3]).buffer)];
const stored = { payload, blobs: [] };

describe('the review cache store', () => {
  it('reads back what it wrote, in a later run too (the key is kept wrapped by the secret store)', async () => {
    await createCacheStore({ folder: dir, secrets }).write('a.cache', payload, parts);
    expect(await createCacheStore({ folder: dir, secrets }).read('a.cache')).toEqual({ payload, blobs: parts });
    // The key on disk is the secret store's ciphertext, not the key.
    expect(readFileSync(join(dir, KEY_FILE)).length).toBeGreaterThan(32);
  });

  it('keeps the header in ASCII and starts every binary part on a multiple of 8 bytes, so it is viewed in place', async () => {
    await createCacheStore({ folder: dir, secrets }).write('a.cache', payload, parts);
    const file = readFileSync(join(dir, 'a.cache'));
    const headerLength = file.readUInt32LE(37);
    expect([...file.subarray(41, 41 + headerLength)].every((byte) => byte < 0x80)).toBe(true);
    const read = await createCacheStore({ folder: dir, secrets }).read('a.cache');
    for (const blob of read!.blobs) expect(blob.byteOffset % 8).toBe(0);
  });

  it('drops a file of format 1 (all JSON, before the binary parts): the review then runs in full', async () => {
    await createCacheStore({ folder: dir, secrets }).write('a.cache', payload);
    const file = join(dir, 'a.cache');
    const old = readFileSync(file);
    old[4] = 1;
    writeFileSync(file, old);
    expect(await createCacheStore({ folder: dir, secrets }).read('a.cache')).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('drops a file cut short inside its binary parts', async () => {
    const store = createCacheStore({ folder: dir, secrets });
    await store.write('a.cache', payload, parts);
    const file = join(dir, 'a.cache');
    writeFileSync(file, readFileSync(file).subarray(0, readFileSync(file).length - 4));
    expect(await store.read('a.cache')).toBeNull();
    expect(existsSync(file)).toBe(false);
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
    expect(await memoryOnly.read('b.cache')).toEqual(stored);
    expect(await createCacheStore({ folder: dir, secrets: noEncryption }).read('b.cache')).toBeNull();
  });

  it('names files by a hash, so no path or installation shows in the name', () => {
    const name = cacheFileName('install-1', '/logs/PC-ONE/actions-2026-01.jsonl');
    expect(name).toMatch(/^[0-9a-f]{32}\.cache$/);
    expect(cacheFileName('install-2', '/logs/PC-ONE/actions-2026-01.jsonl')).not.toBe(name);
  });
});
