import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SecretStore } from '../platform/secret-store';
import { deviceCacheFile, FORMAT, headerRecordBytes, sealHeader, sealRecordParts, type Header } from './device-list-records';

/**
 * Saves a device list that is still loading, from the JSON text of its pages
 * (the same text the doors send the window), so main need not keep the listed
 * devices themselves for the save.
 *
 * The pages' text is held up to a limit (`heldChars`); past it, the oldest
 * pages are sealed and written, a batch at a time while the list loads, to a
 * file of its own name, so what main holds for the save stays bounded
 * whatever the size of the tenant. Until session 10 every page's text was
 * kept until the list was complete: a 500,000-device load ended with 345 MB
 * of text in main's heap (docs/benchmarks.md, "Issue 19 session 10"). The header,
 * record 0, goes first in the file but its count is known only at the end: its
 * place is kept at the start, of a fixed size, and it is written there last
 * (device-list-records.ts `sealHeader`). Only then is the file renamed over
 * the saved list, so a stopped, failed or cancelled load changes nothing
 * there, and its file is deleted.
 */
export interface DeviceListWriter {
  /** The next page: the JSON text of at most `pageSize` devices, in Graph's order. */
  page(devicesJson: string, count: number): void;
  /** The list is complete: it becomes the tenant's saved list. Resolves once that is done or has failed (said to `warn`). */
  finish(savedAt: Date): Promise<void>;
  /** The load stopped before its end: nothing changes on disk, and the part written is deleted. */
  abandon(): Promise<void>;
}

export interface ListWriterOptions {
  folder: string;
  tenantId: string;
  secrets: SecretStore;
  /** Runs the save after the cache's earlier saves and drops, so a drop is never undone by a late save. */
  enqueue(step: () => Promise<void>): Promise<void>;
  warn(message: string, detail: unknown): void;
  /** The parts this app is writing (their paths), which the cache must not take for a crash's leftovers. */
  writing: Set<string>;
  /** Page text held before it is sealed and written (characters); tests make it small. */
  heldChars?: number;
}

/**
 * 96 Mi characters, about 140,000 devices (a 100,000-device list is about 70 Mi): up to there a list
 * is held and written once it is complete, as before, because sealing and writing while it loads
 * cost 10-20% more of main's CPU in the load (docs/benchmarks.md, "Issue 19 session 10"). Past it,
 * only the largest tenants pay that, for the part beyond, and main's heap stops growing with the list.
 */
export const defaultHeldChars = 96 * 2 ** 20;
/** Past the limit, the oldest pages are written this much at a time (about 12,000 devices). */
const spillBatchChars = 8 * 2 ** 20;

interface OpenFile {
  handle: FileHandle;
  temp: string;
  key: Buffer;
  /** Where the header's place starts (after the wrapped key). */
  headerAt: number;
  /** Where the next page goes. */
  position: number;
}

// Buffers per gathered write: below every OS's IOV_MAX (1,024 on Linux and macOS).
const gatherMax = 512;

/** Writes `parts` one after the other from `position`; answers how many bytes that was. */
async function writeAll(handle: FileHandle, parts: readonly Buffer[], position: number): Promise<number> {
  let at = position;
  for (let from = 0; from < parts.length; from += gatherMax) {
    const group = parts.slice(from, from + gatherMax);
    const size = group.reduce((sum, part) => sum + part.length, 0);
    const { bytesWritten } = await handle.writev(group, at);
    if (bytesWritten < size) {
      // A short write (rare on a local file): the rest of the group as one buffer.
      const rest = Buffer.concat(group).subarray(bytesWritten);
      for (let done = 0; done < rest.length; ) done += (await handle.write(rest, done, rest.length - done, at + bytesWritten + done)).bytesWritten;
    }
    at += size;
  }
  return at - position;
}

export function startListWriter(options: ListWriterOptions): DeviceListWriter {
  const { folder, tenantId, secrets } = options;
  const heldChars = options.heldChars ?? defaultHeldChars;
  const batchChars = Math.min(spillBatchChars, heldChars);
  const file = deviceCacheFile(folder, tenantId);
  let held: string[] = [];
  let heldSize = 0;
  let count = 0;
  let pages = 0;
  // Pages written so far: the next page's record number is this plus one.
  let written = 0;
  let ended = false;
  let finishing = false;
  let failed = false;
  let opened: Promise<OpenFile> | null = null;
  // The batch being sealed and written while the list loads; batches go one after the other.
  let spilling: Promise<void> | null = null;

  async function open(): Promise<OpenFile> {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const temp = `${file}.${randomUUID()}.tmp`;
    const key = randomBytes(32);
    const wrapped = Buffer.from(await secrets.encrypt(key.toString('base64')));
    options.writing.add(temp);
    let handle: FileHandle;
    try {
      handle = await fs.open(temp, 'w', 0o600);
    } catch (error) {
      options.writing.delete(temp);
      throw error;
    }
    try {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(wrapped.length);
      await writeAll(handle, [length, wrapped], 0);
    } catch (error) {
      await handle.close();
      await fs.rm(temp, { force: true });
      options.writing.delete(temp);
      throw error;
    }
    const headerAt = 4 + wrapped.length;
    return { handle, temp, key, headerAt, position: headerAt + headerRecordBytes(tenantId) };
  }

  /** Seals and writes the oldest pages held, at least `chars` of their text (or all there are), in order. */
  async function writeOldest(chars: number): Promise<void> {
    let take = 0;
    let size = 0;
    while (take < held.length && size < chars) size += held[take++]!.length;
    const batch = held.splice(0, take);
    heldSize -= size;
    opened ??= open();
    const target = await opened;
    if (batch.length === 0) return;
    const sealed: Buffer[] = [];
    for (const text of batch) {
      // A page per turn of the event loop, so that sealing fills the time main waits for Graph's next
      // page instead of holding up the page that has come (a batch at once was 5-10 ms on main's thread).
      await nextTurn();
      sealed.push(...sealRecordParts(target.key, ++written, text));
    }
    target.position += await writeAll(target.handle, sealed, target.position);
  }

  /** Throws the part written away (the saved list, if any, is another file and stays). */
  async function discard(): Promise<void> {
    held = [];
    heldSize = 0;
    const target = await opened?.catch(() => null);
    opened = null;
    if (!target) return;
    await target.handle.close().catch(() => undefined);
    await fs.rm(target.temp, { force: true });
    options.writing.delete(target.temp);
  }

  function fail(error: unknown): void {
    if (failed) return;
    failed = true;
    ended = true;
    options.warn('The device list could not be saved for the next start', error instanceof Error ? error.message : error);
  }

  function spillWhileLoading(): void {
    if (spilling || heldSize < heldChars) return;
    spilling = (async () => {
      try {
        while (!ended && heldSize >= heldChars) await writeOldest(batchChars);
      } catch (error) {
        fail(error);
        await discard();
      } finally {
        spilling = null;
      }
    })();
  }

  async function complete(savedAt: Date): Promise<void> {
    await spilling;
    if (failed) return;
    try {
      await writeOldest(Infinity);
      const target = await (opened as Promise<OpenFile>);
      const header: Header = { format: FORMAT, tenantId, savedAt: savedAt.toISOString(), count, pages };
      await writeAll(target.handle, [sealHeader(target.key, header)], target.headerAt);
      await target.handle.sync();
      await target.handle.close();
      await fs.rename(target.temp, file);
      opened = null;
      options.writing.delete(target.temp);
    } catch (error) {
      fail(error);
      await discard();
    }
  }

  return {
    page(devicesJson, devices) {
      if (ended) return;
      held.push(devicesJson);
      heldSize += devicesJson.length;
      count += devices;
      pages += 1;
      spillWhileLoading();
    },

    finish(savedAt) {
      if (ended) return Promise.resolve();
      ended = true;
      finishing = true;
      return options.enqueue(() => complete(savedAt));
    },

    abandon() {
      // A finished list is the cache's to complete; only a list still loading can be abandoned.
      if (finishing) return Promise.resolve();
      ended = true;
      // In the cache's queue, so that a quit's flush waits for the part to be deleted.
      return options.enqueue(async () => {
        await spilling;
        await discard();
      });
    },
  };
}
