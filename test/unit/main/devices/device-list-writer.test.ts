import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../main/base/logger';
import { createDeviceListCache, deviceCacheFile } from '../../../../main/devices/device-list-cache';
import { createProcessSecretStore } from '../../../support/process-secret-store';
import { useTempDirs } from '../../../support/temp-dir';
import { makeDevice } from '../../renderer/support/fixtures';

/** Saving a list while it loads (the device service's way since session 9), read back by the warm start's reader. */
const tempDir = useTempDirs();
const savedAt = new Date(Date.UTC(2026, 10, 30, 20, 0));
const fleetOf = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => makeDevice({ id: `${prefix}-${i}`, name: `${prefix.toUpperCase()}-PHONE-${i}`, userPrincipalName: `user${i}@contoso.com` }));
const readAll = async (cache: ReturnType<typeof createDeviceListCache>, tenant: string) => {
  const saved = await cache.read(tenant);
  return saved === null ? null : { savedAt: saved.savedAt, count: saved.count, devices: [...saved.pages()].flat() };
};

describe('saving the device list page by page while it loads', () => {
  it('keeps the last complete list until the new one is finished, then reads back the new one in order', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    const last = fleetOf('old', 300);
    await cache.save('tenant-a', last, new Date(Date.UTC(2026, 10, 29)));
    const fresh = fleetOf('new', 520);
    const writer = cache.begin('tenant-a');
    // Pages as the service sends them: up to 250 devices, the last one short.
    for (const page of [fresh.slice(0, 250), fresh.slice(250, 500), fresh.slice(500)]) writer.page(JSON.stringify(page), page.length);
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    await writer.finish(savedAt);
    expect(await readAll(cache, 'tenant-a')).toEqual({ savedAt: savedAt.toISOString(), count: 520, devices: fresh });
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('leaves the saved list as it was, and no part-written file, when the load stops before its end', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    const last = fleetOf('old', 10);
    await cache.save('tenant-a', last, savedAt);
    const writer = cache.begin('tenant-a');
    writer.page(JSON.stringify(fleetOf('new', 250)), 250);
    await writer.abandon();
    await writer.finish(savedAt); // too late: a stopped load is never saved
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('saves an empty list, and the list of a tenant whose id is not plain ASCII', async () => {
    const cache = createDeviceListCache({ folder: tempDir(), secrets: createProcessSecretStore() });
    await cache.begin('tenant-è-東京').finish(savedAt);
    expect(await readAll(cache, 'tenant-è-東京')).toEqual({ savedAt: savedAt.toISOString(), count: 0, devices: [] });
    const writer = cache.begin('tenant-è-東京');
    const fleet = fleetOf('é', 3);
    writer.page(JSON.stringify(fleet), 3);
    await writer.finish(savedAt);
    expect((await readAll(cache, 'tenant-è-東京'))?.devices).toEqual(fleet);
  });

  it('says so and keeps the saved list when the key cannot be stored (the OS store refused)', async () => {
    const folder = tempDir();
    const secrets = createProcessSecretStore();
    const warnings: string[] = [];
    const cache = createDeviceListCache({ folder, secrets, logger: { ...silentLogger, warn: (message: string) => warnings.push(message) } });
    const last = fleetOf('old', 5);
    await cache.save('tenant-a', last, savedAt);
    const refusing = { ...secrets, encrypt: () => Promise.reject(new Error('the keyring is locked')) };
    const writer = createDeviceListCache({ folder, secrets: refusing, logger: { ...silentLogger, warn: (message: string) => warnings.push(message) } }).begin('tenant-a');
    writer.page(JSON.stringify(fleetOf('new', 5)), 5);
    await writer.finish(savedAt);
    expect(warnings).toEqual(['The device list could not be saved for the next start']);
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});

describe('a large list is written while it loads, so main holds a bounded part of it', () => {
  // One page of 250 of these is about 60,000 characters: with this limit every page is written at once.
  const heldChars = 1_000;
  const pagesOf = (fleet: readonly unknown[]) => Array.from({ length: Math.ceil(fleet.length / 250) }, (_, i) => fleet.slice(i * 250, i * 250 + 250));
  const partFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
  const partBytes = (folder: string) => partFiles(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);

  it('writes the pages before the list is complete, sealed (no device readable in the part written), and reads them back in order', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore(), heldChars });
    const fresh = fleetOf('new', 1_130);
    const writer = cache.begin('tenant-a');
    for (const page of pagesOf(fresh)) writer.page(JSON.stringify(page), page.length);
    // The load has not ended, yet its pages are on disk: more bytes than the first page's text.
    const firstPage = JSON.stringify(fresh.slice(0, 250)).length;
    await vi.waitFor(() => expect(partBytes(folder)).toBeGreaterThan(firstPage * 4), { timeout: 60_000, interval: 20 });
    const part = readFileSync(path.join(folder, partFiles(folder)[0]!));
    for (const text of ['NEW-PHONE-1', 'user1@contoso.com', 'contoso', 'tenant-a']) expect(part.includes(Buffer.from(text, 'utf8'))).toBe(false);
    expect(await cache.read('tenant-a')).toBeNull(); // not the saved list until it is complete
    await writer.finish(savedAt);
    expect(await readAll(cache, 'tenant-a')).toEqual({ savedAt: savedAt.toISOString(), count: 1_130, devices: fresh });
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('deletes the part written and keeps the last complete list when the load stops after pages were written', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore(), heldChars });
    const last = fleetOf('old', 40);
    await cache.save('tenant-a', last, savedAt);
    const writer = cache.begin('tenant-a');
    for (const page of pagesOf(fleetOf('new', 1_000))) writer.page(JSON.stringify(page), page.length);
    await vi.waitFor(() => expect(partBytes(folder)).toBeGreaterThan(0), { timeout: 60_000, interval: 20 });
    await writer.abandon();
    await writer.finish(savedAt); // too late: a stopped load is never saved
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('says once that the list could not be saved when writing fails while loading, keeps the saved list, and leaves no part', async () => {
    const folder = tempDir();
    const secrets = createProcessSecretStore();
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
    const cache = createDeviceListCache({ folder, secrets, logger });
    const last = fleetOf('old', 5);
    await cache.save('tenant-a', last, savedAt);
    const refusing = { ...secrets, encrypt: () => Promise.reject(new Error('the keyring is locked')) };
    const writer = createDeviceListCache({ folder, secrets: refusing, logger, heldChars }).begin('tenant-a');
    for (const page of pagesOf(fleetOf('new', 600))) writer.page(JSON.stringify(page), page.length);
    await vi.waitFor(() => expect(warnings).toHaveLength(1), { timeout: 60_000, interval: 20 });
    writer.page(JSON.stringify(fleetOf('more', 3)), 3); // pages after the failure are not kept
    await writer.finish(savedAt);
    expect(warnings).toEqual(['The device list could not be saved for the next start']);
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('says so and leaves no part when the finished list cannot take the saved list\'s place', async () => {
    const folder = tempDir();
    const warnings: string[] = [];
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore(), logger: { ...silentLogger, warn: (message: string) => warnings.push(message) }, heldChars });
    // Something that is not a file where the saved list goes: the last step, the rename, fails.
    const blocker = deviceCacheFile(folder, 'tenant-a');
    mkdirSync(path.join(blocker, 'inside'), { recursive: true });
    const writer = cache.begin('tenant-a');
    for (const page of pagesOf(fleetOf('new', 600))) writer.page(JSON.stringify(page), page.length);
    await writer.finish(savedAt);
    expect(warnings).toEqual(['The device list could not be saved for the next start']);
    expect(readdirSync(folder)).toEqual([path.basename(blocker)]);
  });

  it('writes a batch of more pages than one gathered write takes (over 1,024 pieces) whole and in order', async () => {
    const cache = createDeviceListCache({ folder: tempDir(), secrets: createProcessSecretStore() });
    const fresh = fleetOf('one', 700);
    const writer = cache.begin('tenant-a');
    // One device a page: 700 pages, three or four pieces each, all written at the end in one batch.
    for (const device of fresh) writer.page(JSON.stringify([device]), 1);
    await writer.finish(savedAt);
    expect(await readAll(cache, 'tenant-a')).toEqual({ savedAt: savedAt.toISOString(), count: 700, devices: fresh });
  });

  it('is read by the same reader whether its pages were written while loading or after (the file format is one)', async () => {
    const fresh = fleetOf('new', 777);
    const lists = [];
    for (const limit of [heldChars, undefined]) {
      const cache = createDeviceListCache({ folder: tempDir(), secrets: createProcessSecretStore(), heldChars: limit });
      const writer = cache.begin('tenant-a');
      for (const page of pagesOf(fresh)) writer.page(JSON.stringify(page), page.length);
      await writer.finish(savedAt);
      lists.push(await readAll(cache, 'tenant-a'));
    }
    expect(lists[0]).toEqual({ savedAt: savedAt.toISOString(), count: 777, devices: fresh });
    expect(lists[1]).toEqual(lists[0]);
  });
});

describe('parts of a list left by a crash or a quit mid-load', () => {
  const leaveParts = (folder: string, tenant: string) => {
    const own = `${path.basename(deviceCacheFile(folder, tenant))}.${randomUUID()}.tmp`;
    writeFileSync(path.join(folder, own), randomBytes(64));
    return own;
  };

  it('are deleted at sign-out with the saved list, and only that tenant\'s', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    await cache.save('tenant-a', fleetOf('a', 3), savedAt);
    await cache.save('tenant-b', fleetOf('b', 3), savedAt);
    leaveParts(folder, 'tenant-a');
    const otherPart = leaveParts(folder, 'tenant-b');
    await cache.drop('tenant-a');
    expect(readdirSync(folder).sort()).toEqual([path.basename(deviceCacheFile(folder, 'tenant-b')), otherPart].sort());
  });

  it('are deleted when the next load reads the saved list, which is still read', async () => {
    const folder = tempDir();
    const cache = createDeviceListCache({ folder, secrets: createProcessSecretStore() });
    const last = fleetOf('old', 3);
    await cache.save('tenant-a', last, savedAt);
    leaveParts(folder, 'tenant-a');
    expect((await readAll(cache, 'tenant-a'))?.devices).toEqual(last);
    expect(readdirSync(folder)).toEqual([path.basename(deviceCacheFile(folder, 'tenant-a'))]);
  });
});
