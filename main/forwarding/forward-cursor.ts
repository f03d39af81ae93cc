import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../action-log/durable-file';

/**
 * How far a collector is known to have the chain: the last line it confirmed,
 * and where the next one starts. One cursor per collector address, kept in the
 * log folder beside the chain it points into, synced like the log itself so an
 * app restart resumes exactly where delivery stopped.
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

function readAll(folder: string): CursorFile {
  const path = join(folder, CURSOR_FILE);
  try {
    if (!existsSync(path)) return { v: 1, collectors: {} };
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as CursorFile;
    const collectors: Record<string, Cursor> = {};
    for (const [address, cursor] of Object.entries(parsed.collectors ?? {})) if (isCursor(cursor)) collectors[address] = cursor;
    return { v: 1, collectors };
  } catch {
    // An unreadable cursor only costs resending: the collector gets lines twice, never misses one.
    return { v: 1, collectors: {} };
  }
}

export function loadCursor(folder: string, collector: string): Cursor | null {
  return readAll(folder).collectors[collector] ?? null;
}

export function saveCursor(folder: string, collector: string, cursor: Cursor): void {
  const all = readAll(folder);
  delete all.collectors[collector];
  all.collectors[collector] = cursor; // last written last: the oldest are dropped first
  const entries = Object.entries(all.collectors).slice(-KEPT_CURSORS);
  writeFileDurably(join(folder, CURSOR_FILE), `${JSON.stringify({ v: 1, collectors: Object.fromEntries(entries) })}\n`);
}
