import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { sha256Hex } from '../action-log/entry-crypto';
import { MAX_LINE_BYTES } from '../action-log/parse-line';

/** A month file and how many of its bytes are synced (only those may leave the machine). */
export interface DurableFile {
  path: string;
  size: number;
}

/** Where reading resumes: the start of the next line to send. */
export interface Position {
  file: string; // month file name
  offset: number;
}

export interface LineToSend {
  bytes: Buffer; // the line as written, without its newline
  seq: number; // 0 when the line cannot be read as an entry (it is still sent as it is)
  hash: string;
  time: string;
  type: string;
  file: string;
  end: number; // offset just past the line's newline
}

/** The line's hash as the chain knows it: SHA-256 of its exact bytes, newline included (what the next line's `prev` names). */
export function lineHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).update('\n').digest('hex');
}

/**
 * The writer puts these fields first in every line it writes, in this order (line-format.ts,
 * log-writer.ts): `{"v":2,"seq":N,"time":"...","type":"...",`. Read from the line's first bytes, they
 * spare parsing the whole line as JSON, which was a fifth of the forwarder's CPU on a backlog
 * (docs/benchmarks.md, issue 19 session 11). The values are the ones JSON.parse would give: digits
 * without a leading zero, strings without escapes or control characters (anything else goes the slow way).
 */
const LEADING_FIELDS = /^\{"v":2,"seq":([1-9][0-9]{0,15}),"time":"([^"\\\x00-\x1f\x7f-\xff]*)","type":"([^"\\\x00-\x1f\x7f-\xff]*)"[,}]/;
// Enough for the fields above with any time the schema allows; a longer prefix only costs decoding.
const LEADING_BYTES = 160;

/** `withNewline`: the line's bytes and its newline, as they lie in the file (hashed in one call). */
export function describeLine(bytes: Buffer, withNewline: Buffer): Pick<LineToSend, 'seq' | 'hash' | 'time' | 'type'> {
  const hash = sha256Hex(withNewline);
  // A line cut short (not ending in `}`) or not in the writer's shape is parsed whole, as before.
  if (bytes[bytes.length - 1] === 0x7d) {
    const lead = LEADING_FIELDS.exec(bytes.toString('latin1', 0, Math.min(bytes.length, LEADING_BYTES)));
    const seq = lead ? Number(lead[1]) : 0;
    if (lead && Number.isSafeInteger(seq)) return { seq, hash, time: lead[2]!, type: lead[3]! };
  }
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    return {
      seq: Number.isSafeInteger(value.seq) ? (value.seq as number) : 0,
      hash,
      time: typeof value.time === 'string' ? value.time : '',
      type: typeof value.type === 'string' ? value.type : '',
    };
  } catch {
    return { seq: 0, hash, time: '', type: 'unreadable' };
  }
}

async function readSlice(path: string, start: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(length); // only the bytes read are ever looked at
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * The next synced lines after `from`, at most `maxLines` and about `maxBytes`.
 * Reads straight from the month files: the local log is the queue, so a
 * backlog of days costs disk the log already uses and memory for one batch.
 * A line too long to be an entry is skipped (the review reports it locally).
 */
export async function readUnsent(files: readonly DurableFile[], from: Position, maxLines: number, maxBytes: number): Promise<{ lines: LineToSend[]; next: Position }> {
  const lines: LineToSend[] = [];
  let position = from;
  let budget = maxBytes;
  let index = files.findIndex((f) => basename(f.path) === from.file);
  if (index < 0) index = files.findIndex((f) => basename(f.path) > from.file);
  if (index < 0) return { lines, next: position };
  if (basename(files[index]!.path) !== from.file) position = { file: basename(files[index]!.path), offset: 0 };

  for (; index < files.length && lines.length < maxLines && budget > 0; index++) {
    const { path, size } = files[index]!;
    const file = basename(path);
    if (file !== position.file) position = { file, offset: 0 };
    while (position.offset < size && lines.length < maxLines && budget > 0) {
      const want = Math.min(size - position.offset, Math.max(budget, MAX_LINE_BYTES + 1));
      const slice = await readSlice(path, position.offset, want);
      let start = 0;
      for (let nl = slice.indexOf(0x0a); nl >= 0 && lines.length < maxLines; nl = slice.indexOf(0x0a, start)) {
        const bytes = slice.subarray(start, nl); // a view: the slice is this batch's own, never reused
        const end = position.offset + nl + 1;
        if (bytes.length <= MAX_LINE_BYTES && bytes.length > 0) {
          lines.push({ bytes, ...describeLine(bytes, slice.subarray(start, nl + 1)), file, end });
          budget -= bytes.length;
        }
        start = nl + 1;
        if (budget <= 0) break;
      }
      if (start === 0) {
        // No newline in a slice longer than any entry: skip the overlong line's bytes.
        if (slice.length > MAX_LINE_BYTES) position = { file, offset: position.offset + slice.length };
        else break; // a synced size always ends on a newline, so this is only a file cut short under us
      } else position = { file, offset: position.offset + start };
    }
    if (position.offset < size) break;
  }
  return { lines, next: position };
}
