import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CentralIndex, type CentralEntry } from '../../../../main/action-log/central-index';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** Two "collector files" of bodies one a line, and an index of where each body is. */
function setup(a: string[], b: string[]) {
  const dir = tempDir();
  const files = [path.join(dir, 'central.log'), path.join(dir, 'central.log.1')];
  writeFileSync(files[0]!, a.map((l) => `${l}\n`).join(''));
  writeFileSync(files[1]!, b.map((l) => `${l}\n`).join(''));
  const index = new CentralIndex(files);
  const add = (fileId: number, lines: string[], line: number, seq: number) => {
    const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0);
    index.add(seq, fileId, line, offset, Buffer.byteLength(lines[line - 1]!), true);
  };
  return { files, index, add };
}

async function all(entries: AsyncIterable<CentralEntry>) {
  const out: Array<{ seq: number; text: string; file: string; line: number }> = [];
  for await (const e of entries) out.push({ seq: e.seq, text: e.bytes.toString(), file: path.basename(e.file), line: e.line });
  return out;
}

describe('the central index', () => {
  it('hands the entries back in sequence order across files, read from disk', async () => {
    const a = ['three', 'one'];
    const b = ['two', 'four'];
    const { index, add } = setup(a, b);
    add(0, a, 1, 3);
    add(0, a, 2, 1);
    add(1, b, 1, 2);
    add(1, b, 2, 4);
    await index.seal();
    expect(await all(index.entries())).toEqual([
      { seq: 1, text: 'one', file: 'central.log', line: 2 },
      { seq: 2, text: 'two', file: 'central.log.1', line: 1 },
      { seq: 3, text: 'three', file: 'central.log', line: 1 },
      { seq: 4, text: 'four', file: 'central.log.1', line: 2 },
    ]);
    expect(index.lastSeq).toBe(4);
    expect(index.count).toBe(4);
    // Read afresh on each call.
    expect((await all(index.entries())).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a number received twice once when the bytes agree, and both when they differ', async () => {
    const a = ['first', 'second', 'second', 'edited'];
    const b = ['second', 'first'];
    const { index, add } = setup(a, b);
    add(0, a, 1, 1);
    add(0, a, 2, 2);
    add(0, a, 3, 2); // a resend
    add(1, b, 1, 2); // the same again, in another file
    add(1, b, 2, 1); // a resend
    add(0, a, 4, 1); // the same number, other bytes
    await index.seal();
    expect(index.duplicates).toBe(3);
    expect(await all(index.entries())).toEqual([
      { seq: 1, text: 'first', file: 'central.log', line: 1 },
      { seq: 1, text: 'edited', file: 'central.log', line: 4 },
      { seq: 2, text: 'second', file: 'central.log', line: 2 },
    ]);
  });

  it('reads entries a window apart, and an entry longer than a window', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const a = ['start', big, 'end'];
    const { index, add } = setup(a, []);
    add(0, a, 3, 3);
    add(0, a, 2, 2);
    add(0, a, 1, 1);
    await index.seal();
    const read = await all(index.entries());
    expect(read.map((e) => e.text.length)).toEqual([5, big.length, 3]);
    expect(read[2]!.text).toBe('end');
  });

  it('says plainly that a file changed when it is shorter than when it was indexed (its bytes are not kept in memory)', async () => {
    const a = ['one', 'two'];
    const { files, index, add } = setup(a, []);
    add(0, a, 1, 1);
    add(0, a, 2, 2);
    await index.seal();
    truncateSync(files[0]!, 4);
    await expect(all(index.entries())).rejects.toThrow(/changed while it was read/);
  });
});
