import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { readLineBatches, readLines, type RawLine } from './line-reader';
import { MAX_LINE_BYTES } from './parse-line';

/**
 * Where a chain's lines come from. Files are the usual source; a central
 * copy (say, lines collected by syslog) is another: anything that can hand
 * over its lines as bytes, in order, under a name a finding can point at.
 */
export interface LogSource {
  /** Shown in findings: a file's path, or e.g. `syslog:host` for lines from elsewhere. */
  name: string;
  /** Bytes, when known: of several copies of one file, the longest is read and the others compared to it. */
  size?: number;
  /** The folder a file lives in, where side files its log names should be; null for sources that are not files. */
  folder: string | null;
  /** Each call reads the lines afresh from the start. */
  lines(): AsyncIterable<RawLine>;
  /** The same lines, some at a time (a file's: one read's worth), where the source can. */
  batches?(): AsyncIterable<RawLine[]>;
  /**
   * A file's path and the bytes of it to read: such a source can also be read on another thread. `start` > 0:
   * a piece of the file that begins after a seal inside it (review-logs cuts big files so threads finish together).
   */
  file?: FileRange;
  /**
   * Just the first line, read without loading more of the file than it needs. A file's is read once and kept:
   * a review asks for it twice (is it a collector's file? which chain does it start?).
   */
  firstLine?(): Promise<RawLine | null>;
}

export interface FileRange {
  path: string;
  end: number;
  start?: number;
}

/**
 * A month file; `end` stops reading there (the writer's own files, while it may be appending). From `start`
 * (a line's first byte), its lines are numbered from 1 again: the review puts the pieces back together.
 */
export function fileSource(path: string, end?: number, start = 0): LogSource {
  const size = Math.min(end ?? Infinity, statSync(path).size);
  let first: Promise<RawLine | null> | null = null;
  return {
    name: path,
    size: size - start,
    folder: dirname(path),
    lines: () => readLines(path, { start, end: size, maxBytes: MAX_LINE_BYTES }),
    batches: () => readLineBatches(path, { start, end: size, maxBytes: MAX_LINE_BYTES }),
    file: start > 0 ? { path, end: size, start } : { path, end: size },
    // Kept as a copy of its bytes, not a view of the 16 KB read they came in.
    firstLine: () => (first ??= firstOf(readLines(path, { start, end: size, maxBytes: MAX_LINE_BYTES, chunkBytes: 16 * 1024 })).then((line) => line && { ...line, bytes: Buffer.from(line.bytes) })),
  };
}

/** The source of a file range (as a task names it for a worker thread). */
export const rangeSource = (file: FileRange): LogSource => fileSource(file.path, file.end, file.start);

async function firstOf(lines: AsyncIterable<RawLine>): Promise<RawLine | null> {
  for await (const line of lines) return line;
  return null;
}

/** Lines already in memory (tests, or a source that is not a file), each given without its newline. */
export function textSource(name: string, lines: readonly string[], options: { lastTerminated?: boolean } = {}): LogSource {
  return {
    name,
    folder: null,
    async *lines() {
      for (let i = 0; i < lines.length; i++) {
        const bytes = Buffer.from(lines[i]!, 'utf8');
        const terminated = i < lines.length - 1 || options.lastTerminated !== false;
        const tooLong = bytes.length > MAX_LINE_BYTES;
        yield { number: i + 1, bytes: tooLong ? Buffer.alloc(0) : bytes, length: bytes.length, tooLong, terminated };
      }
    },
  };
}

/** The first line of a source, or null when it has none. */
export function firstLineOf(source: LogSource): Promise<RawLine | null> {
  return source.firstLine ? source.firstLine() : firstOf(source.lines());
}

/** Files whose first lines are read at once: enough to overlap the waits, few enough for any limit on open files. */
export const FIRST_LINES_AT_ONCE = 8;

/**
 * Starts reading the first line of each source that keeps it (a file), `FIRST_LINES_AT_ONCE` at a time, and
 * returns at once: a review then awaits them in order, as before, but rarely waits. One at a time, each read
 * (open, read, close, each a round trip to the I/O threads) left both cores idle: 50 machines of 12 month
 * files spent half a second so before verifying began. A read that fails fails again, the same way, where it
 * is awaited.
 */
export function readFirstLinesAhead(sources: readonly LogSource[]): void {
  const files = sources.filter((source) => source.firstLine !== undefined);
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < files.length) await files[next++]!.firstLine!().catch(() => undefined);
  };
  for (let i = 0; i < Math.min(FIRST_LINES_AT_ONCE, files.length); i++) void one();
}
