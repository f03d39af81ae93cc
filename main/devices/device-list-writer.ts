import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { SecretStore } from '../platform/secret-store';
import { deviceCacheFile, FORMAT, headerText, sealedHeaderBytes, sealRecord, type Header } from './device-list-records';

/**
 * Saves a device list page by page while it loads, so main need not keep the
 * whole list for the save at its end (issue 19: at 500,000 devices, keeping
 * them was most of main's garbage-collector time). Each page is sealed when
 * it arrives and written to a file of its own; only a complete list replaces
 * the tenant's saved one (by rename), a stopped load leaves it as it was.
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
  /** Runs each file step after the cache's earlier saves and drops, so a drop is never undone by a late save. */
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
  const file = deviceCacheFile(folder, tenantId);
  const temp = `${file}.${randomUUID()}.tmp`;
  const key = randomBytes(32);
  let handle: FileHandle | null = null;
  let wrapped: Buffer | null = null;
  // Where the next page goes: after the key and the place kept for the header.
  let position = 0;
  let pages = 0;
  let count = 0;
  let failure: unknown = null;
  let ended = false;

  const step = (work: () => Promise<void>) =>
    options.enqueue(async () => {
      if (failure !== null) return;
      try {
        await work();
      } catch (error) {
        failure = error;
      }
    });

  /** After a failure or a stopped load: the part-written file goes, the saved list stays. */
  const cleanUp = () =>
    options.enqueue(async () => {
      await handle?.close().catch(() => undefined);
      handle = null;
      await fs.rm(temp, { force: true }).catch(() => undefined);
    });

  void step(async () => {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const key64 = Buffer.from(await secrets.encrypt(key.toString('base64')));
    handle = await fs.open(temp, 'w', 0o600);
    wrapped = key64;
    position = 4 + key64.length + sealedHeaderBytes(tenantId);
  });

  return {
    page(devicesJson, devices) {
      if (ended || failure !== null) return;
      pages += 1;
      count += devices;
      // Sealed now, so what waits for the disk is bytes outside the heap, not the page's text.
      const sealed = sealRecord(key, pages, devicesJson);
      void step(async () => {
        await writeAll(handle!, sealed, position);
        position += sealed.length;
      });
    },

    async finish(savedAt) {
      if (ended) return;
      ended = true;
      await step(async () => {
        const header: Header = { format: FORMAT, tenantId, savedAt: savedAt.toISOString(), count, pages };
        const sealedHeader = sealRecord(key, 0, headerText(header));
        if (sealedHeader.length !== sealedHeaderBytes(tenantId)) throw new Error('the header does not fit the place kept for it');
        const length = Buffer.alloc(4);
        length.writeUInt32BE(wrapped!.length);
        await writeAll(handle!, Buffer.concat([length, wrapped!, sealedHeader]), 0);
        await handle!.sync();
        await handle!.close();
        handle = null;
        await fs.rename(temp, file);
      });
      if (failure !== null) {
        options.warn('The device list could not be saved for the next start', failure instanceof Error ? failure.message : failure);
        await cleanUp();
      }
    },

    async abandon() {
      if (ended) return;
      ended = true;
      await cleanUp();
    },
  };
}
