import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { SetAside } from '../../shared/log/log-entry';
import { writeAll, syncFolder } from './durable-file';
import { linkHash } from './line-format';
import { tornFileName } from './log-files';
import { MAX_LINE_BYTES, parseLineBytes } from './parse-line';

/**
 * Finding where a month file's chain stands, and setting aside a torn tail.
 * Each line is one write ending in a newline, so a crash or a power cut can
 * only leave a last line without its newline (possibly zeros). That, and only
 * that, is a torn tail. A complete line that is not a good entry is not a
 * crash: it stays where it is, for the review to report as an edit.
 */
export interface ChainTip {
  seq: number;
  hash: string; // SHA-256 of the line's bytes (newline included): the next line's `prev`
}

export interface TornTail extends SetAside {
  path: string; // the month file
  movedTo: string; // full path of the side file
}

const CHUNK = 64 * 1024;
// Looking back for the last line with a sequence number: far more junk than this is not a log.
const MAX_WALK_BYTES = 64 * 1024 * 1024;

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

/**
 * The last complete line that is a log line of either format: the chain
 * continues from it. Complete lines after it that are not log lines stay in
 * the file (the review reports them); the next line links past them.
 */
export function lastLinkable(fd: number, end: number): ChainTip | null {
  let lineEnd = end; // just past a newline
  while (lineEnd > 0) {
    if (end - lineEnd > MAX_WALK_BYTES) throw new Error(`more than ${MAX_WALK_BYTES} bytes at the end are not log entries`);
    const start = lastNewlineBefore(fd, lineEnd - 1) + 1;
    if (lineEnd - 1 - start <= MAX_LINE_BYTES) {
      const bytes = readAt(fd, start, lineEnd - 1 - start);
      const parsed = parseLineBytes(bytes);
      if (parsed.ok) return { seq: parsed.line.seq, hash: linkHash(bytes) };
    }
    lineEnd = start;
  }
  return null;
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
function setAside(fd: number, path: string, from: number, size: number, now: Date): { movedTo: string; sha256: string } {
  for (let attempt = 0; ; attempt++) {
    const target = join(dirname(path), tornFileName(basename(path), now, attempt));
    let out: number;
    try {
      out = openSync(target, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const hash = createHash('sha256');
    try {
      for (let start = from; start < size; start += CHUNK) {
        const piece = readAt(fd, start, Math.min(CHUNK, size - start));
        hash.update(piece);
        writeAll(out, piece);
      }
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    syncFolder(dirname(path));
    return { movedTo: target, sha256: hash.digest('hex') };
  }
}

/** Opens the newest month file for the writer: sets a torn last line aside and returns where the chain stands. */
export function recoverTail(path: string, now: Date): { tip: ChainTip | null; torn: TornTail | null } {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const goodEnd = lastNewlineBefore(fd, size) + 1;
    let torn: TornTail | null = null;
    if (goodEnd < size) {
      const { movedTo, sha256 } = setAside(fd, path, goodEnd, size, now);
      const line = countLines(fd, goodEnd) + 1;
      ftruncateSync(fd, goodEnd);
      fsyncSync(fd);
      torn = { path, file: basename(movedTo), movedTo, line, bytes: size - goodEnd, sha256 };
    }
    return { tip: lastLinkable(fd, goodEnd), torn };
  } finally {
    closeSync(fd);
  }
}

/** Where the chain stands at the end of an older file, read only. */
export function tipOf(path: string): ChainTip | null {
  const fd = openSync(path, 'r');
  try {
    return lastLinkable(fd, lastNewlineBefore(fd, fstatSync(fd).size) + 1);
  } finally {
    closeSync(fd);
  }
}
