import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_LINE_BYTES } from '../action-log/parse-line';
import type { Cursor } from './forward-cursor';
import { lineHash, type DurableFile, type Position } from './unsent-lines';

/** The hash of the line that ends just before `offset`, or null when there is none or it cannot be read. */
async function hashBefore(path: string, offset: number): Promise<string | null> {
  const start = Math.max(0, offset - MAX_LINE_BYTES - 1);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(offset - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    const text = buffer.subarray(0, bytesRead);
    if (text.length === 0 || text[text.length - 1] !== 0x0a) return null;
    const from = text.lastIndexOf(0x0a, text.length - 2) + 1;
    return lineHash(text.subarray(from, text.length - 1));
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Where sending resumes. The saved cursor is trusted only if the line it
 * names is still where it was with the same hash; otherwise (a log folder
 * restored from a backup, a cursor from another machine) everything is sent
 * again from the first file, because a duplicate costs nothing and a gap
 * would be a hole in the central copy.
 */
export async function startPosition(files: readonly DurableFile[], cursor: Cursor | null): Promise<{ position: Position; seq: number; trusted: boolean }> {
  const first: Position = { file: files[0] ? basename(files[0].path) : '', offset: 0 };
  if (!cursor) return { position: first, seq: 0, trusted: true };
  const file = files.find((f) => basename(f.path) === cursor.file);
  if (file && cursor.offset > 0 && cursor.offset <= file.size && (await hashBefore(file.path, cursor.offset)) === cursor.hash) {
    return { position: { file: cursor.file, offset: cursor.offset }, seq: cursor.seq, trusted: true };
  }
  return { position: first, seq: 0, trusted: false };
}
