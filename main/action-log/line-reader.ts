import { createReadStream } from 'node:fs';

/**
 * Streams a file's lines as bytes, holding at most one line of up to
 * `maxBytes` in memory: longer lines are measured and skipped, not buffered.
 * Unlike node:readline it tells whether the last line ended with a newline,
 * which is how a torn tail is recognised.
 */
export interface RawLine {
  number: number; // 1-based
  bytes: Buffer; // empty when tooLong
  length: number;
  tooLong: boolean;
  terminated: boolean;
}

export interface ReadRange {
  start?: number; // first byte to read, e.g. 3 to skip a BOM
  end?: number; // bytes past this offset are not read (a writer may be adding a line there)
  maxBytes: number;
  /** Bytes per read; a review reads large pieces, a look at the first line small ones. */
  chunkBytes?: number;
}

/** The lines of one read at a time: a review handles a read's lines in one go, not one await per line. */
export async function* readLineBatches(path: string, range: ReadRange): AsyncGenerator<RawLine[]> {
  const { start = 0, end, maxBytes, chunkBytes = 1024 * 1024 } = range;
  if (end !== undefined && end <= start) return;
  // A line within one read is handed over as a view of it, not copied.
  const stream = createReadStream(path, { start, end: end === undefined ? undefined : end - 1, highWaterMark: chunkBytes });
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const take = (terminated: boolean): RawLine => {
    const tooLong = length > maxBytes;
    const bytes = tooLong ? Buffer.alloc(0) : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const line = { number: ++number, bytes, length, tooLong, terminated };
    parts = [];
    length = 0;
    return line;
  };
  const add = (piece: Buffer) => {
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
    else parts = [];
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const batch: RawLine[] = [];
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      add(chunk.subarray(from, nl));
      batch.push(take(true));
      from = nl + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
    if (batch.length > 0) yield batch;
  }
  if (length > 0) yield [take(false)];
}

export async function* readLines(path: string, range: ReadRange): AsyncGenerator<RawLine> {
  for await (const batch of readLineBatches(path, range)) yield* batch;
}
