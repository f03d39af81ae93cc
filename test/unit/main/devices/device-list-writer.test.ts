import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../main/base/logger';
import { createDeviceListCache } from '../../../../main/devices/device-list-cache';
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
