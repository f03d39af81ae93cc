import { createHash, webcrypto } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * The content fingerprint of the bytes a review read from a file: what the
 * review cache compares before it reuses anything (docs/action-log-format.md,
 * "Opening the same logs again"). Every byte of the prefix is hashed, so any
 * change to it is seen, whatever the size, mtime or ctime say afterwards.
 *
 * The prefix is hashed in pieces of PIECE_BYTES, each by SHA-256 on libuv's
 * thread pool (WebCrypto's digest runs there), several at a time, so a year
 * of logs is hashed on every core; the stamp is the SHA-256 of the size and
 * the pieces' digests in order (a hash list: as strong as one SHA-256 over
 * the whole prefix, since a different prefix changes some piece's digest).
 */
export interface FileStamp {
  path: string;
  /** Bytes of the file the review read. */
  size: number;
  sha256: string;
}

const PIECE_BYTES = 8 * 1024 * 1024;
// The thread pool has four threads by default; file reads share them.
const PIECES_AT_ONCE = 4;

interface Piece {
  file: number;
  index: number;
  offset: number;
  length: number;
}

async function digestPiece(handle: fs.FileHandle, piece: Piece): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(piece.length);
  let read = 0;
  while (read < piece.length) {
    const { bytesRead } = await handle.read(buffer, read, piece.length - read, piece.offset + read);
    if (bytesRead === 0) throw new Error('the file became shorter while it was read');
    read += bytesRead;
  }
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', buffer));
}

function stampOf(size: number, digests: readonly Buffer[]): string {
  const hash = createHash('sha256').update(`passcode-desk prefix v1 ${size}\n`);
  for (const digest of digests) hash.update(digest);
  return hash.digest('hex');
}

/**
 * The stamps of the first `size` bytes of each file, in order; null for a
 * file that is now shorter than that, or that cannot be read.
 */
export async function stampPrefixes(files: ReadonlyArray<{ path: string; size: number }>): Promise<Array<string | null>> {
  const handles = await Promise.all(files.map((file) => fs.open(file.path, 'r').catch(() => null)));
  try {
    const sizes = await Promise.all(handles.map((handle) => (handle === null ? -1 : handle.stat().then((stat) => stat.size, () => -1))));
    const usable = files.map((file, i) => handles[i] !== null && sizes[i]! >= file.size);
    const digests: Buffer[][] = files.map(() => []);
    const pieces: Piece[] = [];
    files.forEach((file, i) => {
      if (!usable[i]) return;
      for (let offset = 0, index = 0; offset < file.size; offset += PIECE_BYTES, index++) {
        pieces.push({ file: i, index, offset, length: Math.min(PIECE_BYTES, file.size - offset) });
      }
    });
    let next = 0;
    const worker = async () => {
      while (next < pieces.length) {
        const piece = pieces[next++]!;
        if (!usable[piece.file]) continue;
        try {
          digests[piece.file]![piece.index] = await digestPiece(handles[piece.file]!, piece);
        } catch {
          usable[piece.file] = false;
        }
      }
    };
    await Promise.all(Array.from({ length: PIECES_AT_ONCE }, worker));
    return files.map((file, i) => (usable[i] ? stampOf(file.size, digests[i]!) : null));
  } finally {
    await Promise.all(handles.map((handle) => handle?.close().catch(() => undefined)));
  }
}

/** Stamps for files just reviewed (their sizes as read); null when some file can no longer be read. */
export async function stampFiles(files: ReadonlyArray<{ path: string; size: number }>): Promise<FileStamp[] | null> {
  const stamps = await stampPrefixes(files);
  if (stamps.some((stamp) => stamp === null)) return null;
  return files.map((file, i) => ({ path: file.path, size: file.size, sha256: stamps[i]! }));
}
