import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines, type RawLine } from '../../../../main/action-log/line-reader';

const dir = mkdtempSync(join(tmpdir(), 'line-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(content: Buffer | string, range: { start?: number; end?: number } = {}): Promise<RawLine[]> {
  const path = join(dir, `f${Math.random()}`);
  writeFileSync(path, content);
  const out: RawLine[] = [];
  for await (const line of readLines(path, { maxBytes: 100, ...range })) out.push(line);
  return out;
}

const brief = (lines: RawLine[]) => lines.map((l) => [l.number, l.bytes.toString(), l.length, l.tooLong, l.terminated]);

describe('line reader', () => {
  it('splits lines and tells whether the last one ended with a newline', async () => {
    expect(brief(await linesOf('a\nbb\n'))).toEqual([[1, 'a', 1, false, true], [2, 'bb', 2, false, true]]);
    expect(brief(await linesOf('a\n\ncut'))).toEqual([[1, 'a', 1, false, true], [2, '', 0, false, true], [3, 'cut', 3, false, false]]);
    expect(await linesOf('')).toEqual([]);
  });

  it('measures a 5 MB line without keeping it, and reads on', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    expect(brief(await linesOf(`ok\n${big}\nafter\n${big}`))).toEqual([
      [1, 'ok', 2, false, true],
      [2, '', big.length, true, true],
      [3, 'after', 5, false, true],
      [4, '', big.length, true, false],
    ]);
  });

  it('joins a line split across read chunks, and honours a byte range', async () => {
    const long = 'y'.repeat(70 * 1024);
    const path = join(dir, 'chunks');
    writeFileSync(path, `${long}\nz\n`);
    const out: RawLine[] = [];
    for await (const line of readLines(path, { maxBytes: 1024 * 1024 })) out.push(line);
    expect(out.map((l) => l.bytes.length)).toEqual([long.length, 1]);
    expect(brief(await linesOf('\uFEFFab\ncd\nef', { start: 3, end: 9 }))).toEqual([[1, 'ab', 2, false, true], [2, 'cd', 2, false, true]]);
  });
});
