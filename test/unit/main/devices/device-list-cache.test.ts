import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDeviceListCache, deviceCacheFile } from '../../../../main/devices/device-list-cache';
import { noEncryption } from '../../../../main/platform/secret-store';
import { createProcessSecretStore } from '../../../support/process-secret-store';
import { useTempDirs } from '../../../support/temp-dir';
import { makeDevice } from '../../renderer/support/fixtures';

const tempDir = useTempDirs();
const savedAt = new Date(Date.UTC(2026, 10, 29, 8, 30));
// 600 devices: more than two pages of the file.
const fleet = Array.from({ length: 600 }, (_, i) =>
  makeDevice({ id: `dev-${i}`, name: `SALES-IPAD-${i}`, serialNumber: `SER${100000 + i}`, imei: `35${String(i).padStart(13, '0')}`, userPrincipalName: `user${i}@contoso.com` }),
);
const readAll = async (cache: ReturnType<typeof createDeviceListCache>, tenant: string) => {
  const saved = await cache.read(tenant);
  return saved === null ? null : { savedAt: saved.savedAt, count: saved.count, devices: [...saved.pages()].flat() };
};

describe('the saved device list (warm start)', () => {
  it('reads back what was saved, in order, with when it was saved', async () => {
    const cache = createDeviceListCache({ folder: tempDir(), secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    const back = await readAll(cache, 'tenant-a');
    expect(back).toEqual({ savedAt: savedAt.toISOString(), count: 600, devices: fleet });
  });

  it('keeps no device name, serial, IMEI or user in plain text on disk', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    const bytes = readFileSync(path.join(folder, files[0]!));
    expect(bytes.length).toBeGreaterThan(600 * 50); // the list is in there...
    for (const text of ['SALES-IPAD-1', 'SER100001', '350000000000001', 'user1@contoso.com', 'contoso', 'tenant-a']) {
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false); // ...but none of it readable
    }
  });

  it("keeps each tenant's list apart: another tenant reads nothing, and its own list survives", async () => {
    const cache = createDeviceListCache({ folder: tempDir(), secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    expect(await cache.read('tenant-b')).toBeNull();
    await cache.save('tenant-b', fleet.slice(0, 3), savedAt);
    expect((await readAll(cache, 'tenant-a'))?.count).toBe(600);
    expect((await readAll(cache, 'tenant-b'))?.devices).toEqual(fleet.slice(0, 3));
  });

  it("does not take another tenant's file renamed to this tenant's name", async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    writeFileSync(deviceCacheFile(folder, 'tenant-b'), readFileSync(deviceCacheFile(folder, 'tenant-a')));
    expect(await cache.read('tenant-b')).toBeNull();
  });

  it('drops the list on request (sign-out), and only that tenant', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    await cache.save('tenant-b', fleet, savedAt);
    await cache.drop('tenant-a');
    expect(await cache.read('tenant-a')).toBeNull();
    expect(readdirSync(folder)).toEqual([path.basename(deviceCacheFile(folder, 'tenant-b'))]);
  });

  it('refuses a file whose header was changed, deletes it, and starts cold', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    const file = deviceCacheFile(folder, 'tenant-a');
    const bytes = readFileSync(file);
    // Just past the wrapped key's length, its IV and the header record's length: inside the header.
    bytes[4 + bytes.readUInt32BE(0) + 4 + 12 + 3]! ^= 1;
    writeFileSync(file, bytes);
    expect(await cache.read('tenant-a')).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('shows only the intact pages before a changed one, then deletes the file', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleet, savedAt);
    const file = deviceCacheFile(folder, 'tenant-a');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100]! ^= 1; // inside the last page (600 devices: pages of 250, 250, 100)
    writeFileSync(file, bytes);
    const back = await readAll(cache, 'tenant-a');
    expect(back?.devices).toEqual(fleet.slice(0, 500));
    await cache.flush();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('does not take pages moved to another place in the file, or a file cut short', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    // Two pages of 250 devices; records carry their own length, so they can be swapped.
    await cache.save('tenant-a', fleet.slice(0, 500), savedAt);
    const file = deviceCacheFile(folder, 'tenant-a');
    const bytes = readFileSync(file);
    const headerAt = 4 + bytes.readUInt32BE(0);
    const firstPageAt = headerAt + 4 + 12 + bytes.readUInt32BE(headerAt) + 16;
    const secondPageAt = firstPageAt + 4 + 12 + bytes.readUInt32BE(firstPageAt) + 16;
    expect(secondPageAt + 4 + 12 + bytes.readUInt32BE(secondPageAt) + 16).toBe(bytes.length);
    const swapped = Buffer.concat([bytes.subarray(0, firstPageAt), bytes.subarray(secondPageAt), bytes.subarray(firstPageAt, secondPageAt)]);
    writeFileSync(file, swapped);
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual([]);
    await cache.flush();
    expect(readdirSync(folder)).toEqual([]);

    await cache.save('tenant-a', fleet.slice(0, 500), savedAt);
    writeFileSync(file, bytes.subarray(0, secondPageAt + 10));
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(fleet.slice(0, 250));
    await cache.flush();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('cannot be read by another OS user (another encryption key)', async () => {
    const folder = tempDir();
    await createDeviceListCache({ folder, secrets: createProcessSecretStore(randomBytes(32)) }).save('tenant-a', fleet, savedAt);
    expect(await createDeviceListCache({ folder, secrets: createProcessSecretStore(randomBytes(32)) }).read('tenant-a')).toBeNull();
  });

  it('writes nothing where the OS offers no encryption', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: noEncryption });
    await cache.save('tenant-a', fleet, savedAt);
    expect(readdirSync(folder)).toEqual([]);
    expect(await cache.read('tenant-a')).toBeNull();
  });
});
