import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Device } from '../../shared/devices/device';
import type { Logger } from '../base/logger';
import type { SecretStore } from '../platform/secret-store';

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
 * 0 is a header (format, tenant, when, how many devices and pages); record k
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
  save(tenantId: string, devices: readonly Device[], savedAt: Date): Promise<void>;
  drop(tenantId: string): Promise<void>;
  /** Resolves when every save and drop asked for so far is done (on quit). */
  flush(): Promise<void>;
}

// Format 1 (one GCM stream over the whole file) is no longer read: such a file is dropped as unreadable, and the next load saves format 2.
const FORMAT = 2;
const pageSize = 250;
const ivBytes = 12;
const tagBytes = 16;

interface Header {
  format: number;
  tenantId: string;
  savedAt: string;
  count: number;
  pages: number;
}

export function deviceCacheFile(folder: string, tenantId: string): string {
  return path.join(folder, `devices-${createHash('sha256').update(tenantId).digest('hex').slice(0, 32)}.bin`);
}

const recordLabel = (index: number) => Buffer.from(`passcode-desk device list record ${index}`, 'utf8');

function sealRecord(key: Buffer, index: number, plain: string): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(recordLabel(index));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, iv, body, cipher.getAuthTag()]);
}

/** Opens the record at `offset`; throws when it is cut short or fails its check. */
function openRecord(data: Buffer, offset: number, key: Buffer, index: number): { plain: string; next: number } {
  if (offset + 4 > data.length) throw new Error(`record ${index} is missing`);
  const length = data.readUInt32BE(offset);
  const start = offset + 4 + ivBytes;
  const end = start + length;
  if (end + tagBytes > data.length) throw new Error(`record ${index} is cut short`);
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(offset + 4, start));
  decipher.setAAD(recordLabel(index));
  decipher.setAuthTag(data.subarray(end, end + tagBytes));
  const plain = Buffer.concat([decipher.update(data.subarray(start, end)), decipher.final()]).toString('utf8');
  return { plain, next: end + tagBytes };
}

export function createDeviceListCache(options: { folder: string; secrets: SecretStore; logger?: Logger }): DeviceListCache {
  const { folder, secrets, logger } = options;
  // Saves of one tenant run one after the other, and a drop waits for them, so a drop is never undone by a late save.
  let writes: Promise<void> = Promise.resolve();

  function drop(tenantId: string): Promise<void> {
    writes = writes.then(() =>
      fs.rm(deviceCacheFile(folder, tenantId), { force: true }).catch((error: unknown) => {
        logger?.warn('The saved device list could not be deleted', error instanceof Error ? error.message : error);
      }),
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

  async function writeFile(tenantId: string, devices: readonly Device[], savedAt: Date): Promise<void> {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const file = deviceCacheFile(folder, tenantId);
    const key = randomBytes(32);
    const wrapped = Buffer.from(await secrets.encrypt(key.toString('base64')));
    const temp = `${file}.${randomUUID()}.tmp`;
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(wrapped.length);
      const pages = Math.ceil(devices.length / pageSize);
      const header: Header = { format: FORMAT, tenantId, savedAt: savedAt.toISOString(), count: devices.length, pages };
      await handle.write(Buffer.concat([length, wrapped, sealRecord(key, 0, JSON.stringify(header))]));
      for (let index = 1; index <= pages; index++) {
        const at = (index - 1) * pageSize;
        // A page at a time, so a large list does not hold main's event loop while it is written.
        await handle.write(sealRecord(key, index, JSON.stringify(devices.slice(at, at + pageSize))));
        await nextTurn();
      }
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fs.rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await fs.rename(temp, file);
  }

  return {
    async read(tenantId) {
      if (!secrets.isEncryptionAvailable()) return null;
      await writes;
      try {
        return await readFile(tenantId);
      } catch (error) {
        damaged(tenantId, error);
        await writes;
        return null;
      }
    },

    save(tenantId, devices, savedAt) {
      if (!secrets.isEncryptionAvailable()) return Promise.resolve();
      writes = writes.then(() =>
        writeFile(tenantId, devices, savedAt).catch((error: unknown) => {
          logger?.warn('The device list could not be saved for the next start', error instanceof Error ? error.message : error);
        }),
      );
      return writes;
    },

    drop,
    flush: () => writes,
  };
}
