import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The content fingerprint of the bytes a review read from a file: what the
 * review cache compares before it reuses anything (docs/action-log-format.md,
 * "Opening the same logs again"). Every byte of the prefix is hashed, so any
 * change to it is seen, whatever the size, mtime or ctime say afterwards.
 *
 * The prefix is hashed in pieces of PIECE_BYTES, shared out among a small
 * worker per core (the main thread meanwhile reads the cache), and the stamp
 * is the SHA-256 of the size and the pieces' digests in order: a hash list,
 * as strong as one SHA-256 over the whole prefix, since a different prefix
 * changes some piece's digest.
 */
export interface FileStamp {
  path: string;
  /** Bytes of the file the review read. */
  size: number;
  sha256: string;
}

const PIECE_BYTES = 8 * 1024 * 1024;

interface Piece {
  path: string;
  offset: number;
  length: number;
}

/**
 * Digests of pieces, in order; null for a piece that could not be read whole.
 * Kept as source text, so a worker runs it from a string (no bundle file to
 * find, inside app.asar or not) and this thread runs the very same code when
 * no worker starts. Plain JavaScript: a bundler does not touch a string.
 */
const digestSource = `function digestPieces(pieces, pieceBytes) {
  const buffer = Buffer.allocUnsafe(pieceBytes);
  const handles = new Map();
  const digests = pieces.map((piece) => {
    try {
      let handle = handles.get(piece.path);
      if (handle === undefined) handles.set(piece.path, (handle = openSync(piece.path, 'r')));
      for (let read = 0; read < piece.length; ) {
        const got = readSync(handle, buffer, read, piece.length - read, piece.offset + read);
        if (got === 0) return null;
        read += got;
      }
      return createHash('sha256').update(buffer.subarray(0, piece.length)).digest();
    } catch {
      return null;
    }
  });
  for (const handle of handles.values()) closeSync(handle);
  return digests;
}`;

type DigestPieces = (pieces: readonly Piece[], pieceBytes: number) => Array<Uint8Array | null>;
const digestPieces = new Function('createHash', 'openSync', 'readSync', 'closeSync', `${digestSource}\nreturn digestPieces;`)(createHash, openSync, readSync, closeSync) as DigestPieces;

const workerSource = `
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
${digestSource}
parentPort.postMessage(digestPieces(workerData.pieces, workerData.pieceBytes));
`;

function digestOnWorker(pieces: readonly Piece[]): Promise<Array<Uint8Array | null>> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerSource, { eval: true, workerData: { pieces, pieceBytes: PIECE_BYTES } });
    } catch {
      resolve(digestPieces(pieces, PIECE_BYTES));
      return;
    }
    let answered = false;
    worker.once('message', (digests: Array<Uint8Array | null>) => {
      answered = true;
      resolve(digests);
    });
    // A worker that cannot start or dies: its pieces are hashed here instead.
    worker.once('error', () => !answered && ((answered = true), resolve(digestPieces(pieces, PIECE_BYTES))));
    worker.once('exit', () => !answered && ((answered = true), resolve(digestPieces(pieces, PIECE_BYTES))));
  });
}

function stampOf(size: number, digests: ReadonlyArray<Uint8Array | null>): string | null {
  const hash = createHash('sha256').update(`passcode-desk prefix v1 ${size}\n`);
  for (const digest of digests) {
    if (digest === null) return null;
    hash.update(digest);
  }
  return hash.digest('hex');
}

/**
 * The stamps of the first `size` bytes of each file, in order; null for a
 * file that is now shorter than that, or that cannot be read.
 */
export async function stampPrefixes(files: ReadonlyArray<{ path: string; size: number }>): Promise<Array<string | null>> {
  const sizes = await Promise.all(files.map((file) => fs.stat(file.path).then((stat) => (stat.isFile() ? stat.size : -1), () => -1)));
  const pieces: Piece[] = [];
  const owner: number[] = [];
  files.forEach((file, i) => {
    if (sizes[i]! < file.size) return;
    for (let offset = 0; offset < file.size; offset += PIECE_BYTES) {
      pieces.push({ path: file.path, offset, length: Math.min(PIECE_BYTES, file.size - offset) });
      owner.push(i);
    }
  });
  // Whole runs of pieces per worker, so each opens few files; small jobs stay on this thread.
  const workers = pieces.length < 4 ? 0 : Math.min(availableParallelism(), 4);
  const share = Math.ceil(pieces.length / Math.max(workers, 1));
  const parts = workers === 0 ? [digestPieces(pieces, PIECE_BYTES)] : await Promise.all(Array.from({ length: workers }, (_, w) => digestOnWorker(pieces.slice(w * share, (w + 1) * share))));
  const digests = parts.flat();
  const byFile: Array<Array<Uint8Array | null>> = files.map(() => []);
  digests.forEach((digest, k) => byFile[owner[k]!]!.push(digest));
  return files.map((file, i) => (sizes[i]! < file.size ? null : stampOf(file.size, byFile[i]!)));
}

/** Stamps for files just reviewed (their sizes as read); null when some file can no longer be read. */
export async function stampFiles(files: ReadonlyArray<{ path: string; size: number }>): Promise<FileStamp[] | null> {
  const stamps = await stampPrefixes(files);
  if (stamps.some((stamp) => stamp === null)) return null;
  return files.map((file, i) => ({ path: file.path, size: file.size, sha256: stamps[i]! }));
}
