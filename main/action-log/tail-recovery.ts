import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeAll, syncFolder } from './durable-file';
import { entryHash } from './entry-crypto';
import { tornFileName } from './log-files';
import { MAX_LINE_BYTES, parseLineBytes } from './parse-line';

/**
 * Finding where a month file's good part ends, and setting aside what comes
 * after. Each entry is one write ending in a newline, so after a crash or a
 * power cut only the end of the file can be damaged: a last line with no
 * newline, or (after a power cut on some file systems) a line of zeros.
 */
export interface ChainTip {
  seq: number;
  hash: string;
}

export interface TornTail {
  file: string;
  line: number; // 1-based line where the torn part starts
  bytes: number;
  movedTo: string;
}

const CHUNK = 64 * 1024;
// A crash tears one line. Far more junk than this at the end is not a crash: stop rather than move a whole file.
const MAX_TORN_BYTES = 64 * 1024 * 1024;

function readAt(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, start + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}

/** Index of the last newline before `pos`, or -1. */
function lastNewlineBefore(fd: number, pos: number): number {
  let end = pos;
  while (end > 0) {
    const start = Math.max(0, end - CHUNK);
    const index = readAt(fd, start, end - start).lastIndexOf(0x0a);
    if (index >= 0) return start + index;
    end = start;
  }
  return -1;
}

function goodEntry(fd: number, start: number, end: number): ChainTip | null {
  if (end - start > MAX_LINE_BYTES) return null;
  const parsed = parseLineBytes(readAt(fd, start, end - start));
  if (!parsed.ok || entryHash(parsed.line) !== parsed.line.hash) return null;
  return { seq: parsed.line.seq, hash: parsed.line.hash };
}

/** The end of the last complete, well-formed line, and that line's chain position. */
export function findGoodEnd(fd: number, size: number): { goodEnd: number; tip: ChainTip | null } {
  let end = size;
  while (end > 0) {
    if (size - end > MAX_TORN_BYTES) throw new Error(`more than ${MAX_TORN_BYTES} bytes at the end are not log entries`);
    const terminated = readAt(fd, end - 1, 1)[0] === 0x0a;
    const contentEnd = terminated ? end - 1 : end;
    const start = lastNewlineBefore(fd, contentEnd) + 1;
    const tip = terminated ? goodEntry(fd, start, contentEnd) : null;
    if (tip) return { goodEnd: end, tip };
    end = start;
  }
  return { goodEnd: 0, tip: null };
}

function countLines(fd: number, end: number): number {
  let lines = 0;
  for (let start = 0; start < end; start += CHUNK) {
    const chunk = readAt(fd, start, Math.min(CHUNK, end - start));
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
  }
  return lines;
}

/** Copies the torn part to a new side file, synced before the month file is cut, so a crash here loses nothing. */
function setAside(fd: number, path: string, from: number, size: number, now: Date): string {
  for (let attempt = 0; ; attempt++) {
    const target = join(dirname(path), tornFileName(basename(path), now, attempt));
    let out: number;
    try {
      out = openSync(target, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      for (let start = from; start < size; start += CHUNK) writeAll(out, readAt(fd, start, Math.min(CHUNK, size - start)));
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    syncFolder(dirname(path));
    return target;
  }
}

/** Opens a month file for the writer: sets a torn tail aside and returns where the chain stands. */
export function recoverTail(path: string, now: Date): { tip: ChainTip | null; size: number; torn: TornTail | null } {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const { goodEnd, tip } = findGoodEnd(fd, size);
    if (goodEnd === size) return { tip, size, torn: null };
    const movedTo = setAside(fd, path, goodEnd, size, now);
    const line = countLines(fd, goodEnd) + 1;
    ftruncateSync(fd, goodEnd);
    fsyncSync(fd);
    return { tip, size: goodEnd, torn: { file: path, line, bytes: size - goodEnd, movedTo } };
  } finally {
    closeSync(fd);
  }
}

/** Where the chain stands at the end of an older file, read only. */
export function tipOf(path: string): ChainTip | null {
  const fd = openSync(path, 'r');
  try {
    return findGoodEnd(fd, fstatSync(fd).size).tip;
  } finally {
    closeSync(fd);
  }
}
