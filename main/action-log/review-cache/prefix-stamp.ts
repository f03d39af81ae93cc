import { createCipheriv, createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The content fingerprint of the bytes a review read from a file: what the
 * review cache compares before it reuses anything (docs/action-log-format.md,
 * "Opening the same logs again"). Every byte of the prefix is hashed, so any
 * change to it is seen, whatever the size, mtime or ctime say afterwards.
 *
 * The prefix is cut in pieces of PIECE_BYTES, claimed one by one by a small
 * worker per core and, once it has read the cache, by the calling thread
 * too. Each piece gets a keyed tag: AES-256-GMAC (GCM with the piece as its
 * authenticated data) under the stamp key, a secret of this installation
 * derived from the review cache's key (cache-store.ts), the piece's number
 * in its file as nonce. The stamp is the SHA-256 of the size and the tags in
 * order. Someone who can change the log files but not read that key cannot
 * make a changed piece give the same tag (GHASH: a chance of about 2^-109
 * for a piece of 8 MiB); the tags themselves are never stored nor shown,
 * only their SHA-256, so a nonce used for many pieces gives nothing away.
 *
 * Why GMAC and not SHA-256 (stamp format 1, sessions 4-6): on the bench
 * machine node:crypto tags about 3,400-4,000 MB per CPU-second with GMAC
 * against 1,020 with SHA-256 (with SHA-NI; BLAKE2b-512 and SHA-512/256 are
 * slower still), and hashing 700 MB was most of a re-open's CPU. Both use
 * the CPU's own instructions (PCLMULQDQ and AES-NI on x86, PMULL and AES on
 * ARMv8). docs/benchmarks.md, "Issue 19 session 7: re-open".
 */
export interface FileStamp {
  path: string;
  /** Bytes of the file the review read. */
  size: number;
  /** Hex SHA-256 of the size and the pieces' keyed tags (see above). */
  stamp: string;
}

const PIECE_BYTES = 8 * 1024 * 1024;
const DIGEST_BYTES = 16; // a GMAC tag
// A piece's state in the shared table: not hashed yet, hashed, or unreadable (the file is shorter or gone).
const DONE = 1;
const FAILED = 2;

interface Piece {
  path: string;
  offset: number;
  length: number;
}

/**
 * What every thread hashing one job shares: the next piece to claim, each
 * piece's state and its digest. Threads claim pieces one at a time
 * (Atomics.add), so a thread the OS gives less time to simply hashes fewer:
 * under load a fixed share per thread left one worker with most of the work.
 */
interface Shared {
  next: Int32Array;
  state: Int32Array;
  digests: Uint8Array;
}

/**
 * Claims and hashes pieces until none is left, or `limit` are done; true when
 * some may be left. Kept as source text, so a worker runs it from a string
 * (no bundle file to find, inside app.asar or not) and this thread runs the
 * very same code. Plain JavaScript: a bundler does not touch a string.
 */
const hashSource = `function hashPieces(pieces, pieceBytes, key, shared, limit) {
  const buffer = Buffer.allocUnsafe(pieceBytes);
  const handles = new Map();
  let done = 0;
  try {
    while (done < limit) {
      const i = Atomics.add(shared.next, 0, 1);
      if (i >= pieces.length) return false;
      const piece = pieces[i];
      let ok = true;
      try {
        let handle = handles.get(piece.path);
        if (handle === undefined) handles.set(piece.path, (handle = openSync(piece.path, 'r')));
        for (let read = 0; read < piece.length; ) {
          const got = readSync(handle, buffer, read, piece.length - read, piece.offset + read);
          if (got === 0) throw new Error('short');
          read += got;
        }
        const nonce = Buffer.alloc(12);
        nonce.writeUInt32BE(piece.offset / pieceBytes, 8);
        const gmac = createCipheriv('aes-256-gcm', key, nonce);
        gmac.setAAD(buffer.subarray(0, piece.length));
        gmac.final();
        shared.digests.set(gmac.getAuthTag(), i * ${DIGEST_BYTES});
      } catch {
        ok = false;
      }
      Atomics.store(shared.state, i, ok ? ${DONE} : ${FAILED});
      done++;
    }
    return true;
  } finally {
    for (const handle of handles.values()) closeSync(handle);
  }
}`;

type HashPieces = (pieces: readonly Piece[], pieceBytes: number, key: Buffer, shared: Shared, limit: number) => boolean;
const hashPieces = new Function('createCipheriv', 'openSync', 'readSync', 'closeSync', `${hashSource}\nreturn hashPieces;`)(createCipheriv, openSync, readSync, closeSync) as HashPieces;

const workerSource = `
const { createCipheriv } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
${hashSource}
hashPieces(workerData.pieces, workerData.pieceBytes, Buffer.from(workerData.key), workerData.shared, Infinity);
parentPort.postMessage('done');
`;

/** A worker hashing its claims; resolves when it is done, stopped or could not start (its claimed pieces are then redone here). */
function hashOnWorker(pieces: readonly Piece[], key: Buffer, shared: Shared): Promise<void> {
  return new Promise((resolve) => {
    try {
      const worker = new Worker(workerSource, { eval: true, workerData: { pieces, pieceBytes: PIECE_BYTES, key: new Uint8Array(key), shared } });
      worker.once('message', () => resolve());
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
    } catch {
      resolve();
    }
  });
}

function stampOf(size: number, digests: readonly Buffer[]): string {
  const hash = createHash('sha256').update(`passcode-desk prefix v2 ${size}\n`);
  for (const digest of digests) hash.update(digest);
  return hash.digest('hex');
}

const sizeNow = (file: string) => {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : -1;
  } catch {
    return -1;
  }
};

export interface Stamping {
  /** The stamps of the first `size` bytes of each file, in order; null for a file now shorter than that, or unreadable. Settles only once help() was called. */
  stamps: Promise<Array<string | null>>;
  /**
   * Hashes pieces on this thread too, one at a time between other work,
   * until none is left to claim: call it once this thread has nothing else
   * to do, so every core hashes.
   */
  help(): Promise<void>;
}

/**
 * Starts stamping the prefixes of `files` on a worker per core (up to 4);
 * `workers` sets how many (0: all on this thread, as for a few small pieces).
 */
export function startStamping(files: ReadonlyArray<{ path: string; size: number }>, key: Buffer, options: { workers?: number } = {}): Stamping {
  if (key.length !== 32) throw new Error('a stamp key is 32 bytes');
  const sizes = files.map((file) => sizeNow(file.path));
  const pieces: Piece[] = [];
  const owner: number[] = [];
  files.forEach((file, i) => {
    if (sizes[i]! < file.size) return;
    for (let offset = 0; offset < file.size; offset += PIECE_BYTES) {
      pieces.push({ path: file.path, offset, length: Math.min(PIECE_BYTES, file.size - offset) });
      owner.push(i);
    }
  });
  const memory = (bytes: number) => new SharedArrayBuffer(Math.max(bytes, 4));
  const shared: Shared = { next: new Int32Array(memory(4)), state: new Int32Array(memory(pieces.length * 4)), digests: new Uint8Array(memory(pieces.length * DIGEST_BYTES)) };
  const workers = options.workers ?? (pieces.length < 4 ? 0 : Math.min(availableParallelism(), 4));
  const working = Promise.all(Array.from({ length: Math.min(workers, pieces.length) }, () => hashOnWorker(pieces, key, shared)));

  let helped: Promise<void> | null = null;
  let helping: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (helping = resolve));
  const help = () =>
    (helped ??= (async () => {
      helping();
      while (hashPieces(pieces, PIECE_BYTES, key, shared, 1)) await new Promise((resolve) => setImmediate(resolve));
    })());

  const stamps = (async () => {
    await asked;
    await help();
    await working;
    // Pieces a worker claimed but never finished (it died) are hashed here.
    pieces.forEach((_, i) => {
      if (Atomics.load(shared.state, i) === 0) hashPieces([pieces[i]!], PIECE_BYTES, key, { next: new Int32Array(1), state: shared.state.subarray(i, i + 1), digests: shared.digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES) }, 1);
    });
    const byFile: Buffer[][] = files.map(() => []);
    const failed = new Set<number>();
    pieces.forEach((_, k) => {
      if (shared.state[k] !== DONE) failed.add(owner[k]!);
      byFile[owner[k]!]!.push(Buffer.from(shared.digests.subarray(k * DIGEST_BYTES, (k + 1) * DIGEST_BYTES)));
    });
    return files.map((file, i) => (sizes[i]! < file.size || failed.has(i) ? null : stampOf(file.size, byFile[i]!)));
  })();
  return { stamps, help };
}

/** The stamps of the first `size` bytes of each file, every thread hashing; null for a file now shorter, or unreadable. */
export async function stampPrefixes(files: ReadonlyArray<{ path: string; size: number }>, key: Buffer, options: { workers?: number } = {}): Promise<Array<string | null>> {
  const stamping = startStamping(files, key, options);
  await stamping.help();
  return stamping.stamps;
}

/** Stamps for files just reviewed (their sizes as read); null when some file can no longer be read. */
export async function stampFiles(files: ReadonlyArray<{ path: string; size: number }>, key: Buffer): Promise<FileStamp[] | null> {
  const stamps = await stampPrefixes(files, key);
  if (stamps.some((stamp) => stamp === null)) return null;
  return files.map((file, i) => ({ path: file.path, size: file.size, stamp: stamps[i]! }));
}
