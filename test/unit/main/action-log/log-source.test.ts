import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSource, firstLineOf, FIRST_LINES_AT_ONCE, readFirstLinesAhead, type LogSource } from '../../../../main/action-log/log-source';
import type { RawLine } from '../../../../main/action-log/line-reader';

const dir = mkdtempSync(join(tmpdir(), 'log-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A source whose first line comes when the test says, counting how many are being read at once. */
function heldSource(name: string, reading: { now: number; most: number; calls: string[] }) {
  let release: (line: RawLine | null) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const source: LogSource = {
    name,
    folder: null,
    lines: () => (async function* () {})(),
    firstLine: () => {
      reading.calls.push(name);
      reading.most = Math.max(reading.most, ++reading.now);
      return new Promise<RawLine | null>((resolve, reject) => {
        release = (line) => (reading.now--, resolve(line));
        fail = (error) => (reading.now--, reject(error));
      });
    },
  };
  return { source, release: () => release(null), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a file source', () => {
  it("reads a file's first line once however often it is asked, and gives its bytes", async () => {
    const source = fileSource(file('a.jsonl', '{"first":1}\n{"second":2}\n'));
    const [one, two] = [firstLineOf(source), firstLineOf(source)];
    expect(two).toBe(one);
    const line = await one;
    expect(line).toMatchObject({ number: 1, terminated: true, tooLong: false, length: 11 });
    expect(line!.bytes.toString()).toBe('{"first":1}');
    expect(firstLineOf(fileSource(source.name))).not.toBe(one); // a new source (a new review) reads it afresh
  });

  it('gives null for an empty file, and an unterminated first line as such', async () => {
    expect(await firstLineOf(fileSource(file('empty.jsonl', '')))).toBeNull();
    expect(await firstLineOf(fileSource(file('torn.jsonl', '{"cut"')))).toMatchObject({ terminated: false, length: 6 });
  });
});

describe('first lines read ahead', () => {
  it(`reads at most ${FIRST_LINES_AT_ONCE} at a time, each source once, in order, and goes on past a failure`, async () => {
    const reading = { now: 0, most: 0, calls: [] as string[] };
    const held = Array.from({ length: 20 }, (_, i) => heldSource(`s${i}`, reading));
    readFirstLinesAhead(held.map((h) => h.source));
    expect(reading.calls).toEqual(held.slice(0, FIRST_LINES_AT_ONCE).map((h) => h.source.name));
    held[0]!.fail(new Error('EACCES'));
    held[1]!.release();
    await settle();
    expect(reading.calls).toHaveLength(FIRST_LINES_AT_ONCE + 2);
    for (const h of held) h.release();
    for (let i = 0; i < 5; i++) await settle();
    for (const h of held.slice(FIRST_LINES_AT_ONCE + 2)) h.release();
    for (let i = 0; i < 5; i++) await settle();
    expect(reading.calls).toEqual(held.map((h) => h.source.name));
    expect(reading.most).toBe(FIRST_LINES_AT_ONCE);
  });

  it('leaves a read that fails to fail where it is awaited, with its own error, and nothing unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const folder = join(dir, 'actions-2026-01.jsonl');
      mkdirSync(folder);
      const source = fileSource(folder); // a folder: reading it fails
      readFirstLinesAhead([source, { name: 'text', folder: null, lines: () => (async function* () {})() }]);
      for (let i = 0; i < 5; i++) await settle();
      await expect(firstLineOf(source)).rejects.toMatchObject({ code: 'EISDIR' });
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
