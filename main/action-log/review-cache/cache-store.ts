import { createCipheriv, createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../base/logger';
import type { SecretStore } from '../../platform/secret-store';

/**
 * The review cache's files, in the reviewer's own app data: one file per
 * chain, authenticated with AES-256-GMAC under a key of this installation.
 * The key is kept wrapped by the SecretStore (safeStorage in the product),
 * like the token cache and the warm-start list; where the OS offers no
 * encryption it lives in memory for this run only, so files from earlier
 * runs fail their check and are dropped.
 *
 * A file: "PDRC", one format byte, a 12-byte nonce drawn at random for each
 * write, then the body: the header's length (4 bytes), the header, JSON in
 * ASCII (other characters escaped), and the binary parts it names
 * (packed-columns.ts), each starting on a multiple of 8 bytes so it can be
 * viewed in place; last, the 16-byte tag of all that comes before it (one
 * contiguous run of bytes: no copy to check it). A file whose tag fails, of another format (1: all JSON;
 * 2: HMAC-SHA256, three times the CPU of GMAC for the 50 MB of a million
 * entries), cut short or unreadable is deleted, and the caller reviews in
 * full: the cache is only ever a shortcut, never a reason to stop a review.
 */
export interface CacheFile {
  payload: unknown;
  blobs: Buffer[];
}

export interface CacheStore {
  folder: string;
  /** A file's header and parts; a file read is marked as used now (its mtime, on the store's clock). */
  read(name: string): Promise<CacheFile | null>;
  write(name: string, payload: unknown, blobs?: readonly Buffer[]): Promise<void>;
  /**
   * The key the content stamps of log files are made with (prefix-stamp.ts): derived from this
   * store's key, so a stamp made by another installation, or guessed, never matches.
   */
  stampKey(): Promise<Buffer>;
  /** Removes what the limits say is stale (see PruneLimits), never the files named in `keep`; the names removed. */
  prune(keep?: ReadonlySet<string>): Promise<string[]>;
}

/**
 * When cache files go: a file not used (read or written) for `maxAgeMs`
 * belongs to logs nobody opened for months, and while all files together
 * are over `maxBytes` the least recently used go first. A pruned chain is
 * only reviewed in full again, the next time it is opened.
 */
export interface PruneLimits {
  maxAgeMs: number;
  maxBytes: number;
}

// 90 days: logs reviewed each quarter keep their cache. 2 GiB: about forty million entries' worth (a million take ~50 MB).
export const DEFAULT_PRUNE_LIMITS: PruneLimits = { maxAgeMs: 90 * 86_400_000, maxBytes: 2 * 2 ** 30 };
// A temporary file left by a run that stopped while writing: nothing reads it, so an hour on it is gone.
const STALE_TEMP_MS = 3_600_000;

const MAGIC = Buffer.from('PDRC', 'ascii');
const FORMAT = 3;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEAD_BYTES = MAGIC.length + 1 + NONCE_BYTES;
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

// Its own key for each use, derived from the installation's key: files and log stamps are never tagged under one key.
const STAMP_KEY_LABEL = 'passcode-desk review-cache stamp key v1';
const FILE_KEY_LABEL = 'passcode-desk review-cache file key v1';
const subKey = (key: Buffer, label: string) => createHmac('sha256', key).update(label).digest();

/** The GMAC tag of a file's bytes before the tag (magic, format, nonce, body). */
function tagOf(fileKey: Buffer, sealed: Buffer): Buffer {
  const gmac = createCipheriv('aes-256-gcm', fileKey, sealed.subarray(MAGIC.length + 1, HEAD_BYTES), { authTagLength: TAG_BYTES });
  gmac.setAAD(sealed);
  gmac.final();
  return gmac.getAuthTag();
}
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

/** The header and parts of a file whose tag was checked (`data` without the tag); throws when they do not fit in it. */
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

export function createCacheStore(options: { folder: string; secrets: SecretStore; logger?: Logger; now?: () => Date; limits?: PruneLimits }): CacheStore {
  const { folder, secrets, logger } = options;
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? DEFAULT_PRUNE_LIMITS;
  // Last use is the file's mtime, set on the app's clock (so tests move it, and a copy's mtime is not trusted for anything else).
  const markUsed = (file: string) => fs.utimes(file, now(), now()).catch(() => undefined);
  let key: Promise<Buffer> | null = null;
  const keyNow = () => (key ??= loadKey(folder, secrets, logger).catch((error: unknown) => {
    logger?.warn('The review cache key could not be saved; this run keeps it in memory', (error as Error).message);
    return randomBytes(32);
  }));

  let fileKeyMade: Promise<Buffer> | null = null;
  const fileKey = () => (fileKeyMade ??= keyNow().then((installation) => subKey(installation, FILE_KEY_LABEL)));

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
      if (data.length < HEAD_BYTES + 4 + TAG_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) return drop(file, 'not a review cache file').then(() => null);
      if (data[MAGIC.length] !== FORMAT) return drop(file, `format ${data[MAGIC.length]} is not this version's ${FORMAT}`).then(() => null);
      const sealed = data.subarray(0, data.length - TAG_BYTES);
      if (!timingSafeEqual(tagOf(await fileKey(), sealed), data.subarray(sealed.length))) return drop(file, 'its authentication code is wrong').then(() => null);
      try {
        const parts = partsOf(sealed);
        await markUsed(file);
        return parts;
      } catch {
        return drop(file, 'its content cannot be read').then(() => null);
      }
    },
    async write(name, payload, blobs = []) {
      const whole = Buffer.concat([MAGIC, Buffer.from([FORMAT]), randomBytes(NONCE_BYTES), ...bodyOf(payload, blobs), Buffer.alloc(TAG_BYTES)]);
      const sealed = whole.subarray(0, whole.length - TAG_BYTES);
      tagOf(await fileKey(), sealed).copy(whole, sealed.length);
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, name);
      const temp = `${file}.${randomUUID()}.tmp`;
      try {
        await fs.writeFile(temp, whole, { mode: 0o600 });
        await fs.rename(temp, file);
        await markUsed(file);
      } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        logger?.warn('A review cache file could not be written; the next review of these logs runs in full', (error as Error).message);
      }
    },
    async stampKey() {
      return subKey(await keyNow(), STAMP_KEY_LABEL);
    },
    async prune(keep = new Set()) {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        return []; // no cache yet
      }
      const at = now().getTime();
      const files: Array<{ name: string; used: number; size: number; temp: boolean }> = [];
      for (const name of names) {
        const temp = name.endsWith('.tmp');
        if (!temp && !name.endsWith('.cache')) continue; // the key file, and anything not ours
        const stat = await fs.stat(path.join(folder, name)).catch(() => null);
        if (stat?.isFile()) files.push({ name, used: stat.mtimeMs, size: stat.size, temp });
      }
      const stale = new Set(files.filter((file) => !keep.has(file.name) && at - file.used > (file.temp ? STALE_TEMP_MS : limits.maxAgeMs)).map((file) => file.name));
      // Then, newest use first, what goes over the budget (the files kept count against it, but are never removed).
      let bytes = 0;
      for (const file of files.filter((file) => !file.temp && !stale.has(file.name)).sort((a, b) => Number(keep.has(b.name)) - Number(keep.has(a.name)) || b.used - a.used)) {
        bytes += file.size;
        if (bytes > limits.maxBytes && !keep.has(file.name)) stale.add(file.name);
      }
      for (const name of stale) await fs.rm(path.join(folder, name), { force: true }).catch(() => undefined);
      return [...stale].sort();
    },
  };
}
