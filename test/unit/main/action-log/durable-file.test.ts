import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileDurably, writeFileDurablyAsync } from '../../../../main/action-log/durable-file';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writing a file durably off the event loop', () => {
  it('replaces the file whole and leaves no temp file beside it', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pd-durable-'));
    const file = path.join(folder, 'cursor.json');
    writeFileSync(file, 'the old content, longer than the new\n');
    await writeFileDurablyAsync(file, '{"v":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}\n');
    await writeFileDurablyAsync(file, Buffer.from('bytes ✓\n', 'utf8'));
    expect(readFileSync(file, 'utf8')).toBe('bytes ✓\n');
    expect(readdirSync(folder)).toEqual(['cursor.json']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('rejects when the file cannot be replaced, leaving what was there and no temp file', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pd-durable-'));
    const inTheWay = path.join(folder, 'cursor.json');
    mkdirSync(inTheWay); // a folder (not empty) where the file should go: the rename fails
    writeFileSync(path.join(inTheWay, 'keep'), 'x');
    await expect(writeFileDurablyAsync(inTheWay, 'new')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['cursor.json']);
    expect(readFileSync(path.join(inTheWay, 'keep'), 'utf8')).toBe('x');
  });
});

describe('creating a file with its first bytes already in it', () => {
  it('creates it whole, owner-only, with no temp file left beside it', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pd-durable-'));
    const file = path.join(folder, 'actions-2026-11.jsonl');
    expect(createFileDurably(file, Buffer.from('{"type":"header"}\n'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"type":"header"}\n');
    expect(readdirSync(folder)).toEqual(['actions-2026-11.jsonl']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never replaces a file already there (false, its bytes untouched, no temp file)', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'pd-durable-'));
    const file = path.join(folder, 'actions-2026-11.jsonl');
    writeFileSync(file, 'a month already written\n');
    expect(createFileDurably(file, Buffer.from('{"type":"header"}\n'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('a month already written\n');
    expect(readdirSync(folder)).toEqual(['actions-2026-11.jsonl']);
  });
});
