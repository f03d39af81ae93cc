import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
    // "PDRC", format 3, a 12-byte nonce, then the header's length and the header.
    expect(file[4]).toBe(3);
    const headerLength = file.readUInt32LE(17);
    expect([...file.subarray(21, 21 + headerLength)].every((byte) => byte < 0x80)).toBe(true);
    const read = await createCacheStore({ folder: dir, secrets }).read('a.cache');
    for (const blob of read!.blobs) expect(blob.byteOffset % 8).toBe(0);
  });

  it('drops a file of format 1 (all JSON) or 2 (HMAC-SHA256), saying so: the review then runs in full', async () => {
    for (const format of [1, 2]) {
      await createCacheStore({ folder: dir, secrets }).write('a.cache', payload);
      const file = join(dir, 'a.cache');
      const old = readFileSync(file);
      old[4] = format;
      writeFileSync(file, old);
      const said: string[] = [];
      const logger = { info: () => undefined, warn: (message: string) => said.push(message), error: () => undefined };
      expect(await createCacheStore({ folder: dir, secrets, logger }).read('a.cache')).toBeNull();
      expect(existsSync(file)).toBe(false);
      expect(said).toEqual([expect.stringContaining(`format ${format} is not this version's 3`)]);
    }
  });

  it('seals each write under a fresh nonce: the same content written twice gives two different files, both read back', async () => {
    const store = createCacheStore({ folder: dir, secrets });
    await store.write('a.cache', payload, parts);
    const first = readFileSync(join(dir, 'a.cache'));
    await store.write('a.cache', payload, parts);
    const second = readFileSync(join(dir, 'a.cache'));
    expect(second.length).toBe(first.length);
    expect(second.subarray(5, 17).equals(first.subarray(5, 17))).toBe(false);
    expect(second.subarray(-16).equals(first.subarray(-16))).toBe(false);
    expect(await createCacheStore({ folder: dir, secrets }).read('a.cache')).toEqual({ payload, blobs: parts });
  });

  it('derives a stamp key of its own, the same in a later run, another for another installation', async () => {
    const key = await createCacheStore({ folder: dir, secrets }).stampKey();
    expect(key).toHaveLength(32);
    expect(await createCacheStore({ folder: dir, secrets }).stampKey()).toEqual(key);
    const other = mkdtempSync(join(tmpdir(), 'cache-store-other-'));
    try {
      expect(await createCacheStore({ folder: other, secrets: createProcessSecretStore() }).stampKey()).not.toEqual(key);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
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

describe('pruning the review cache', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 0, 1);
  const at = (days: number) => new Date(start + days * DAY);
  const names = () => readdirSync(dir).sort();

  it('removes files not used for longer than the limit, on the store clock; a read counts as a use, the key stays', async () => {
    let now = at(0);
    const store = createCacheStore({ folder: dir, secrets, now: () => now, limits: { maxAgeMs: 90 * DAY, maxBytes: 2 ** 30 } });
    await store.write('old.cache', payload, parts);
    await store.write('read.cache', payload, parts);
    now = at(10);
    await store.write('new.cache', payload, parts);
    now = at(60);
    expect(await store.read('read.cache')).not.toBeNull();
    now = at(95); // old: 95 days since use; read: 35; new: 85
    expect(await store.prune()).toEqual(['old.cache']);
    expect(names()).toEqual(['mac-key.bin', 'new.cache', 'read.cache']);
    now = at(101); // new: 91 days, but this review uses it
    expect(await store.prune(new Set(['new.cache']))).toEqual([]);
    now = at(151);
    expect(await store.prune()).toEqual(['new.cache', 'read.cache']);
    expect(names()).toEqual([KEY_FILE]);
  });

  it('keeps the most recently used files within the size budget, never those of the review at hand', async () => {
    let now = at(0);
    const size = () => statSync(join(dir, 'a.cache')).size;
    const store = (maxBytes: number) => createCacheStore({ folder: dir, secrets, now: () => now, limits: { maxAgeMs: 365 * DAY, maxBytes } });
    for (const [i, name] of ['a.cache', 'b.cache', 'c.cache', 'd.cache'].entries()) {
      now = at(i);
      await store(2 ** 30).write(name, payload, parts);
    }
    now = at(5);
    await store(2 ** 30).read('a.cache'); // a is now the most recently used
    expect(await store(2 * size()).prune()).toEqual(['b.cache', 'c.cache']);
    expect(names()).toEqual(['a.cache', 'd.cache', KEY_FILE].sort());
    // The files of the review under way count, but stay even over the budget.
    expect(await store(size()).prune(new Set(['d.cache']))).toEqual(['a.cache']);
    expect(names()).toEqual(['d.cache', KEY_FILE].sort());
  });

  it('removes temporary files a stopped write left behind, once they are an hour old, and leaves what is not its own', async () => {
    let now = at(0);
    const store = createCacheStore({ folder: dir, secrets, now: () => now });
    await store.write('a.cache', payload, parts);
    writeFileSync(join(dir, 'a.cache.1234.tmp'), 'half');
    utimesSync(join(dir, 'a.cache.1234.tmp'), now, now);
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    utimesSync(join(dir, 'notes.txt'), at(-1000), at(-1000));
    now = new Date(start + 59 * 60_000);
    expect(await store.prune()).toEqual([]);
    now = new Date(start + 61 * 60_000);
    expect(await store.prune()).toEqual(['a.cache.1234.tmp']);
    expect(names()).toEqual(['a.cache', KEY_FILE, 'notes.txt'].sort());
  });
});
