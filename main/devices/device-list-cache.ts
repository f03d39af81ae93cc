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
 * like the sign-in cache: each file's content is AES-256-GCM under a random
 * key of its own, and that key is stored wrapped by the SecretStore
 * (safeStorage in the product). A large list never goes through safeStorage
 * itself, and GCM's tag makes any change of the file fail the read. Where the
 * OS offers no encryption nothing is written. One file per tenant (named by a
 * hash of the tenant id, which is checked again inside); sign-out deletes it.
 *
 * File: u32 length of the wrapped key, the wrapped key, 12-byte IV, the
 * ciphertext, 16-byte tag. Plain text: a header line (format, tenant, when),
 * then one JSON array of up to `pageSize` devices per line, so the reader
 * parses and sends one page at a time.
 */
export interface SavedDeviceList {
  savedAt: string;
  count: number;
  /** The pages, each parsed when it is read. */
  pages(): Iterable<Device[]>;
}

export interface DeviceListCache {
  read(tenantId: string): Promise<SavedDeviceList | null>;
  save(tenantId: string, devices: readonly Device[], savedAt: Date): Promise<void>;
  drop(tenantId: string): Promise<void>;
  /** Resolves when every save and drop asked for so far is done (on quit). */
  flush(): Promise<void>;
}

const FORMAT = 1;
const pageSize = 250;
// Big buffers are encrypted and decrypted in slices, with a turn of the event loop between them.
const sliceBytes = 4 * 2 ** 20;

interface Header {
  format: number;
  tenantId: string;
  savedAt: string;
  count: number;
}

export function deviceCacheFile(folder: string, tenantId: string): string {
  return path.join(folder, `devices-${createHash('sha256').update(tenantId).digest('hex').slice(0, 32)}.bin`);
}

async function decryptInSlices(key: Buffer, iv: Buffer, body: Buffer, tag: Buffer): Promise<Buffer> {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += sliceBytes) {
    parts.push(decipher.update(body.subarray(at, at + sliceBytes)));
    await nextTurn();
  }
  parts.push(decipher.final()); // throws when the tag does not match: nothing read is used then
  return Buffer.concat(parts);
}

function splitLines(plain: Buffer): string[] {
  return plain.toString('utf8').split('\n').filter((line) => line !== '');
}

export function createDeviceListCache(options: { folder: string; secrets: SecretStore; logger?: Logger }): DeviceListCache {
  const { folder, secrets, logger } = options;
  // Saves of one tenant run one after the other, and a drop waits for them, so a drop is never undone by a late save.
  let writes: Promise<void> = Promise.resolve();

  async function readFile(tenantId: string): Promise<SavedDeviceList | null> {
    const file = deviceCacheFile(folder, tenantId);
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const keyLength = data.readUInt32BE(0);
    const wrapped = data.subarray(4, 4 + keyLength);
    const iv = data.subarray(4 + keyLength, 16 + keyLength);
    const body = data.subarray(16 + keyLength, data.length - 16);
    const tag = data.subarray(data.length - 16);
    const key = Buffer.from(await secrets.decrypt(wrapped), 'base64');
    const lines = splitLines(await decryptInSlices(key, iv, body, tag));
    const header = JSON.parse(lines[0] ?? '') as Header;
    if (header.format !== FORMAT || header.tenantId !== tenantId) throw new Error('the saved list is of another format or tenant');
    return {
      savedAt: header.savedAt,
      count: header.count,
      *pages() {
        for (let i = 1; i < lines.length; i++) yield JSON.parse(lines[i]!) as Device[];
      },
    };
  }

  async function writeFile(tenantId: string, devices: readonly Device[], savedAt: Date): Promise<void> {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const file = deviceCacheFile(folder, tenantId);
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const wrapped = Buffer.from(await secrets.encrypt(key.toString('base64')));
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const temp = `${file}.${randomUUID()}.tmp`;
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(wrapped.length);
      await handle.write(Buffer.concat([length, wrapped, iv]));
      const header: Header = { format: FORMAT, tenantId, savedAt: savedAt.toISOString(), count: devices.length };
      await handle.write(cipher.update(`${JSON.stringify(header)}\n`, 'utf8'));
      for (let at = 0; at < devices.length; at += pageSize) {
        // A page at a time, so a large list does not hold main's event loop while it is written.
        await handle.write(cipher.update(`${JSON.stringify(devices.slice(at, at + pageSize))}\n`, 'utf8'));
        await nextTurn();
      }
      await handle.write(Buffer.concat([cipher.final(), cipher.getAuthTag()]));
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
        // Damaged, from another OS user or another version: it is only a head start, so start without it.
        logger?.warn('The device list saved by the last session could not be read; it is dropped', error instanceof Error ? error.message : error);
        await fs.rm(deviceCacheFile(folder, tenantId), { force: true }).catch(() => undefined);
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

    drop(tenantId) {
      writes = writes.then(() => fs.rm(deviceCacheFile(folder, tenantId), { force: true }).catch((error: unknown) => {
        logger?.warn('The saved device list could not be deleted', error instanceof Error ? error.message : error);
      }));
      return writes;
    },

    flush: () => writes,
  };
}
