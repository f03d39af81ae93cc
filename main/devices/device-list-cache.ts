import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Device } from '../../shared/devices/device';
import type { Logger } from '../base/logger';
import type { SecretStore } from '../platform/secret-store';
import { deviceCacheFile, FORMAT, openRecord, pageSize, type Header } from './device-list-records';
import { startListWriter, type DeviceListWriter } from './device-list-writer';

export { deviceCacheFile } from './device-list-records';

/**
 * The last complete device list of each tenant, kept so that after a restart
 * the technician sees it at once while the fresh list loads (issue 19).
 *
 * A device list names users, serials and IMEIs, so it is kept only encrypted,
 * like the sign-in cache: each file is AES-256-GCM under a random key of its
 * own, and that key is stored wrapped by the SecretStore (safeStorage in the
 * product). A large list never goes through safeStorage itself. Where the OS
 * offers no encryption nothing is written. One file per tenant (named by a
 * hash of the tenant id, which is checked again inside); sign-out deletes it.
 *
 * File: u32 length of the wrapped key, the wrapped key, then records. Record
 * 0 is a header (format, tenant, when, how many devices and pages; its JSON is
 * padded with spaces to a fixed size, as it is written last, in a place kept
 * for it before the pages written while the list loads); record k
 * is the k-th page, a JSON array of up to `pageSize` devices. Each record is
 * sealed on its own (u32 length, 12-byte IV, ciphertext, 16-byte tag) with
 * its number as associated data. So the first page can be opened and shown
 * before the rest is decrypted (at 100,000 devices, decrypting and splitting
 * the whole file first was most of the wait), while any changed, moved or
 * missing record still fails its own check: pages are only ever shown as the
 * app wrote them, and a damaged file is deleted where the damage starts.
 */
export interface SavedDeviceList {
  savedAt: string;
  count: number;
  /**
   * The pages, each decrypted and checked when it is reached. A damaged or
   * missing page ends them early (the file is then deleted): the pages before
   * it are intact, and the fresh list replaces them anyway.
   */
  pages(): Iterable<Device[]>;
}

export interface DeviceListCache {
  read(tenantId: string): Promise<SavedDeviceList | null>;
  /**
   * Starts saving a list that is still loading, page by page (device-list-writer.ts); it
   * replaces the saved list only when finished. Writes nothing where the OS offers no encryption.
   */
  begin(tenantId: string): DeviceListWriter;
  save(tenantId: string, devices: readonly Device[], savedAt: Date): Promise<void>;
  drop(tenantId: string): Promise<void>;
  /** Resolves when every save and drop asked for so far is done (on quit). */
  flush(): Promise<void>;
}

export function createDeviceListCache(options: {
  folder: string;
  secrets: SecretStore;
  logger?: Logger;
  /** Page text a save holds before writing it (device-list-writer.ts); tests make it small. */
  heldChars?: number;
}): DeviceListCache {
  const { folder, secrets, logger } = options;
  // Saves of one tenant run one after the other, and a drop waits for them, so a drop is never undone by a late save.
  let writes: Promise<void> = Promise.resolve();
  // The parts of lists this app is writing while they load (device-list-writer.ts).
  const writing = new Set<string>();

  /**
   * Deletes the parts of this tenant's lists that were being written when the app stopped (a crash
   * or a quit mid-load): a list is written while it loads (device-list-writer.ts), and such a part
   * must not outlive a sign-out or pile up. The parts this app is writing are left to their writers.
   */
  async function removeParts(tenantId: string): Promise<void> {
    const prefix = `${path.basename(deviceCacheFile(folder, tenantId))}.`;
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const part = path.join(folder, name);
      if (name.startsWith(prefix) && name.endsWith('.tmp') && !writing.has(part)) await fs.rm(part, { force: true });
    }
  }

  function drop(tenantId: string): Promise<void> {
    writes = writes.then(() =>
      Promise.all([fs.rm(deviceCacheFile(folder, tenantId), { force: true }), removeParts(tenantId)]).then(
        () => undefined,
        (error: unknown) => {
          logger?.warn('The saved device list could not be deleted', error instanceof Error ? error.message : error);
        },
      ),
    );
    return writes;
  }

  function damaged(tenantId: string, error: unknown): void {
    // Damaged, from another OS user or another version: it is only a head start, so go on without it.
    logger?.warn('The device list saved by the last session could not be read; it is dropped', error instanceof Error ? error.message : error);
    void drop(tenantId);
  }

  async function readFile(tenantId: string): Promise<SavedDeviceList | null> {
    let data: Buffer;
    try {
      data = await fs.readFile(deviceCacheFile(folder, tenantId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const keyLength = data.readUInt32BE(0);
    const key = Buffer.from(await secrets.decrypt(data.subarray(4, 4 + keyLength)), 'base64');
    const first = openRecord(data, 4 + keyLength, key, 0);
    const header = JSON.parse(first.plain) as Header;
    if (header.format !== FORMAT || header.tenantId !== tenantId) throw new Error('the saved list is of another format or tenant');
    return {
      savedAt: header.savedAt,
      count: header.count,
      *pages() {
        let offset = first.next;
        try {
          for (let index = 1; index <= header.pages; index++) {
            const record = openRecord(data, offset, key, index);
            offset = record.next;
            yield JSON.parse(record.plain) as Device[];
          }
          if (offset !== data.length) throw new Error('the saved list has bytes after its last page');
        } catch (error) {
          damaged(tenantId, error);
        }
      },
    };
  }

  function begin(tenantId: string): DeviceListWriter {
    if (!secrets.isEncryptionAvailable()) return { page: () => undefined, finish: () => Promise.resolve(), abandon: () => Promise.resolve() };
    return startListWriter({
      folder,
      tenantId,
      secrets,
      enqueue: (step) => (writes = writes.then(step)),
      warn: (message, detail) => logger?.warn(message, detail),
      writing,
      heldChars: options.heldChars,
    });
  }

  return {
    async read(tenantId) {
      if (!secrets.isEncryptionAvailable()) return null;
      await writes;
      // Read at the start of a load: a good time to clear what an earlier run of the app left.
      await removeParts(tenantId).catch(() => undefined);
      try {
        return await readFile(tenantId);
      } catch (error) {
        damaged(tenantId, error);
        await writes;
        return null;
      }
    },

    begin,

    async save(tenantId, devices, savedAt) {
      const writer = begin(tenantId);
      for (let at = 0; at < devices.length; at += pageSize) {
        writer.page(JSON.stringify(devices.slice(at, at + pageSize)), Math.min(pageSize, devices.length - at));
        // A page at a time, so a large list does not hold main's event loop while it is sealed.
        await nextTurn();
      }
      await writer.finish(savedAt);
    },

    drop,
    flush: () => writes,
  };
}
