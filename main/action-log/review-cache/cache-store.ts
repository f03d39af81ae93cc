import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../base/logger';
import type { SecretStore } from '../../platform/secret-store';

/**
 * The review cache's files, in the reviewer's own app data: one file per
 * chain, authenticated with HMAC-SHA256 under a key of this installation.
 * The key is kept wrapped by the SecretStore (safeStorage in the product),
 * like the token cache and the warm-start list; where the OS offers no
 * encryption it lives in memory for this run only, so files from earlier
 * runs fail their check and are dropped.
 *
 * A file: "PDRC", one format byte, the 32-byte MAC, then the body: the
 * header's length (4 bytes), the header, JSON in ASCII (other characters
 * escaped), and the binary parts it names (packed-columns.ts), each starting
 * on a multiple of 8 bytes so it can be viewed in place. The MAC covers the
 * magic, the format and the body. A file whose MAC fails, of another format
 * (format 1, all JSON, included), cut short or unreadable is deleted, and
 * the caller reviews in full: the cache is only ever a shortcut, never a
 * reason to stop a review.
 */
export interface CacheFile {
  payload: unknown;
  blobs: Buffer[];
}

export interface CacheStore {
  folder: string;
  read(name: string): Promise<CacheFile | null>;
  write(name: string, payload: unknown, blobs?: readonly Buffer[]): Promise<void>;
}

const MAGIC = Buffer.from('PDRC', 'ascii');
const FORMAT = 2;
const MAC_BYTES = 32;
const HEAD_BYTES = MAGIC.length + 1 + MAC_BYTES;
export const KEY_FILE = 'mac-key.bin';

/** The file a chain's entry is kept in: named by a hash, so nothing of the chain shows in the name. */
export function cacheFileName(chainId: string, firstFile: string): string {
  return `${createHash('sha256').update(`${chainId}\n${firstFile}`).digest('hex').slice(0, 32)}.cache`;
}

async function loadKey(folder: string, secrets: SecretStore, logger?: Logger): Promise<Buffer> {
  if (!secrets.isEncryptionAvailable()) return randomBytes(32);
  const file = path.join(folder, KEY_FILE);
  try {
    const key = Buffer.from(await secrets.decrypt(await fs.readFile(file)), 'base64');
    if (key.length === 32) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger?.warn('The review cache key could not be read; a new one is made and earlier cache files are dropped', (error as Error).message);
  }
  const key = randomBytes(32);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(temp, await secrets.encrypt(key.toString('base64')), { mode: 0o600 });
  await fs.rename(temp, file);
  return key;
}

const macOf = (key: Buffer, head: Buffer, payload: Buffer) => createHmac('sha256', key).update(head).update(payload).digest();
const ALIGN = 8;
const padTo = (at: number) => (ALIGN - (at % ALIGN)) % ALIGN;

/** The body: header length, header, then each part on a multiple of 8 (counted from the file's start). */
function bodyOf(payload: unknown, blobs: readonly Buffer[]): Buffer[] {
  const header = Buffer.from(asciiJson({ payload, blobs: blobs.map((blob) => blob.length) }), 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const body: Buffer[] = [length, header];
  let at = HEAD_BYTES + 4 + header.length;
  for (const blob of blobs) {
    body.push(Buffer.alloc(padTo(at)), blob);
    at += padTo(at) + blob.length;
  }
  return body;
}

/** The header and parts of a body whose MAC was checked; throws when they do not fit in it. */
function partsOf(data: Buffer): CacheFile {
  const length = data.readUInt32LE(HEAD_BYTES);
  let at = HEAD_BYTES + 4 + length;
  if (at > data.length) throw new Error('cut short');
  const header = JSON.parse(data.toString('latin1', HEAD_BYTES + 4, at)) as { payload?: unknown; blobs?: unknown };
  if (!Array.isArray(header.blobs) || !header.blobs.every((size) => Number.isSafeInteger(size) && size >= 0)) throw new Error('no list of parts');
  const blobs = (header.blobs as number[]).map((size) => {
    at += padTo(at);
    const blob = data.subarray(at, (at += size));
    if (blob.length !== size) throw new Error('cut short');
    return blob;
  });
  return { payload: header.payload ?? null, blobs };
}

/** JSON with every character outside ASCII escaped (JSON.parse reads the escapes back). */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function createCacheStore(options: { folder: string; secrets: SecretStore; logger?: Logger }): CacheStore {
  const { folder, secrets, logger } = options;
  let key: Promise<Buffer> | null = null;
  const keyNow = () => (key ??= loadKey(folder, secrets, logger).catch((error: unknown) => {
    logger?.warn('The review cache key could not be saved; this run keeps it in memory', (error as Error).message);
    return randomBytes(32);
  }));

  async function drop(file: string, why: string): Promise<void> {
    logger?.warn(`A review cache file was ignored and deleted (${why}); the logs are reviewed in full`);
    await fs.rm(file, { force: true }).catch(() => undefined);
  }

  return {
    folder,
    async read(name) {
      const file = path.join(folder, name);
      let data: Buffer;
      try {
        data = await fs.readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') await drop(file, (error as Error).message);
        return null;
      }
      if (data.length < HEAD_BYTES + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return drop(file, 'not a review cache file').then(() => null);
      if (data[MAGIC.length] !== FORMAT) return drop(file, `format ${data[MAGIC.length]} is not known`).then(() => null);
      const mac = macOf(await keyNow(), data.subarray(0, MAGIC.length + 1), data.subarray(HEAD_BYTES));
      if (!timingSafeEqual(mac, data.subarray(MAGIC.length + 1, HEAD_BYTES))) return drop(file, 'its authentication code is wrong').then(() => null);
      try {
        return partsOf(data);
      } catch {
        return drop(file, 'its content cannot be read').then(() => null);
      }
    },
    async write(name, payload, blobs = []) {
      const body = Buffer.concat(bodyOf(payload, blobs));
      const format = Buffer.from([FORMAT]);
      const mac = macOf(await keyNow(), Buffer.concat([MAGIC, format]), body);
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, name);
      const temp = `${file}.${randomUUID()}.tmp`;
      try {
        await fs.writeFile(temp, Buffer.concat([MAGIC, format, mac, body]), { mode: 0o600 });
        await fs.rename(temp, file);
      } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        logger?.warn('A review cache file could not be written; the next review of these logs runs in full', (error as Error).message);
      }
    },
  };
}
