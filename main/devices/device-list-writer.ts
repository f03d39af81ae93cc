import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SecretStore } from '../platform/secret-store';
import { deviceCacheFile, FORMAT, sealRecord, type Header } from './device-list-records';

/**
 * Saves a device list that is still loading, from the JSON text of its pages
 * (the same text the doors send the window), so main need not keep the listed
 * devices themselves for the save (issue 19: at 500,000 devices, keeping them
 * cost main's garbage collector; the text of a page is one string with no
 * references in it). Sealing and writing wait until the list is complete, as
 * they did when the save took the devices: while it loads, main's thread is
 * the one the load waits on (sealing each page as it came cost more CPU in
 * the load than it saved, session 9). The file is written under a name of its
 * own and renamed over the saved list, so a stopped load changes nothing.
 */
export interface DeviceListWriter {
  /** The next page: the JSON text of at most `pageSize` devices, in Graph's order. */
  page(devicesJson: string, count: number): void;
  /** The list is complete: it becomes the tenant's saved list. Resolves once that is done or has failed (said to `warn`). */
  finish(savedAt: Date): Promise<void>;
  /** The load stopped before its end: nothing changes on disk. */
  abandon(): Promise<void>;
}

export interface ListWriterOptions {
  folder: string;
  tenantId: string;
  secrets: SecretStore;
  /** Runs the save after the cache's earlier saves and drops, so a drop is never undone by a late save. */
  enqueue(step: () => Promise<void>): Promise<void>;
  warn(message: string, detail: unknown): void;
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

export function startListWriter(options: ListWriterOptions): DeviceListWriter {
  const { folder, tenantId, secrets } = options;
  let pages: string[] = [];
  let count = 0;
  let ended = false;

  async function write(savedAt: Date, texts: readonly string[], devices: number): Promise<void> {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const file = deviceCacheFile(folder, tenantId);
    const temp = `${file}.${randomUUID()}.tmp`;
    const key = randomBytes(32);
    const wrapped = Buffer.from(await secrets.encrypt(key.toString('base64')));
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(wrapped.length);
      const header: Header = { format: FORMAT, tenantId, savedAt: savedAt.toISOString(), count: devices, pages: texts.length };
      const sealedHeader = sealRecord(key, 0, JSON.stringify(header));
      await writeAll(handle, Buffer.concat([length, wrapped, sealedHeader]), 0);
      let position = 4 + wrapped.length + sealedHeader.length;
      for (const [at, text] of texts.entries()) {
        const sealed = sealRecord(key, at + 1, text);
        await writeAll(handle, sealed, position);
        position += sealed.length;
        // A page at a time, so a large list does not hold main's event loop while it is written.
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
    page(devicesJson, devices) {
      if (ended) return;
      pages.push(devicesJson);
      count += devices;
    },

    finish(savedAt) {
      if (ended) return Promise.resolve();
      ended = true;
      const texts = pages;
      pages = [];
      return options.enqueue(() =>
        write(savedAt, texts, count).catch((error: unknown) => {
          options.warn('The device list could not be saved for the next start', error instanceof Error ? error.message : error);
        }),
      );
    },

    abandon() {
      ended = true;
      pages = [];
      return Promise.resolve();
    },
  };
}
