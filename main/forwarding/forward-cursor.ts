import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurablyAsync } from '../action-log/durable-file';

/**
 * How far a collector is known to have the chain: the last line it confirmed,
 * and where the next one starts. One cursor per collector address, kept in the
 * log folder beside the chain it points into, written durably (fsync, rename)
 * so an app restart resumes where delivery stopped. It is written just after
 * the confirmation it records: a crash in between costs resending that
 * connection's lines (duplicates the central copy keeps once), never a gap.
 */
export const CURSOR_FILE = 'forwarding-cursor.json';
// A few collectors over an installation's life; older cursors make way so the file stays small.
const KEPT_CURSORS = 8;

export interface Cursor {
  file: string; // month file name, without folder
  offset: number; // byte where the next line to send starts
  seq: number; // the last confirmed line
  hash: string;
}

type CursorFile = { v: 1; collectors: Record<string, Cursor> };

function isCursor(value: unknown): value is Cursor {
  const c = value as Cursor;
  return (
    typeof c === 'object' && c !== null &&
    typeof c.file === 'string' && Number.isSafeInteger(c.offset) && c.offset >= 0 &&
    Number.isSafeInteger(c.seq) && c.seq >= 0 && typeof c.hash === 'string'
  );
}

/** The cursor file's collectors; an unreadable or missing file has none. */
function collectorsIn(text: string | null): CursorFile {
  try {
    if (text === null) return { v: 1, collectors: {} };
    const parsed = JSON.parse(text) as CursorFile;
    const collectors: Record<string, Cursor> = {};
    for (const [address, cursor] of Object.entries(parsed.collectors ?? {})) if (isCursor(cursor)) collectors[address] = cursor;
    return { v: 1, collectors };
  } catch {
    // An unreadable cursor only costs resending: the collector gets lines twice, never misses one.
    return { v: 1, collectors: {} };
  }
}

export function loadCursor(folder: string, collector: string): Cursor | null {
  const path = join(folder, CURSOR_FILE);
  let text: string | null = null;
  try {
    if (existsSync(path)) text = readFileSync(path, 'utf8');
  } catch {
    // as unreadable
  }
  return collectorsIn(text).collectors[collector] ?? null;
}

/**
 * Records the collector's cursor, keeping the others'. Off the event loop: the forwarder saves one after
 * every confirmed connection, and the file's two fsyncs would otherwise hold main up each time.
 */
export async function saveCursor(folder: string, collector: string, cursor: Cursor): Promise<void> {
  const path = join(folder, CURSOR_FILE);
  const all = collectorsIn(await readFile(path, 'utf8').catch(() => null));
  delete all.collectors[collector];
  all.collectors[collector] = cursor; // last written last: the oldest are dropped first
  const entries = Object.entries(all.collectors).slice(-KEPT_CURSORS);
  await writeFileDurablyAsync(path, `${JSON.stringify({ v: 1, collectors: Object.fromEntries(entries) })}\n`);
}
