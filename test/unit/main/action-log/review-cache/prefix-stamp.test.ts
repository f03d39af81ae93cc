import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stampFiles, stampPrefixes } from '../../../../../main/action-log/review-cache/prefix-stamp';

// Real files; one of them spans several 8 MiB pieces, so the work is shared out among workers.
let dir: string;
const big = () => join(dir, 'big.jsonl');
const small = () => join(dir, 'small.jsonl');
const BIG = 20 * 1024 * 1024 + 123;
// The installation's stamp key (cache-store.ts derives it from the cache key).
const KEY = randomBytes(32);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prefix-stamp-'));
  const bytes = Buffer.alloc(BIG);
  for (let i = 0; i < BIG; i++) bytes[i] = (i * 31) & 0xff;
  writeFileSync(big(), bytes);
  writeFileSync(small(), '{"v":2}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('prefix stamps', () => {
  it('change when one byte changes anywhere, the size kept', async () => {
    const [before] = await stampPrefixes([{ path: big(), size: BIG }], KEY);
    for (const at of [0, 9 * 1024 * 1024 + 5, BIG - 1]) {
      const bytes = Buffer.alloc(BIG);
      for (let i = 0; i < BIG; i++) bytes[i] = (i * 31) & 0xff;
      bytes[at] = bytes[at]! ^ 1;
      writeFileSync(big(), bytes);
      const [after] = await stampPrefixes([{ path: big(), size: BIG }], KEY);
      expect(after).not.toBe(before);
    }
  });

  it('of a prefix stay the same when the file grows, and depend on how long the prefix is', async () => {
    const [whole, shorter] = await stampPrefixes([{ path: small(), size: 8 }, { path: small(), size: 7 }], KEY);
    appendFileSync(small(), '{"v":2,"more":true}\n');
    const [again] = await stampPrefixes([{ path: small(), size: 8 }], KEY);
    expect(again).toBe(whole);
    expect(shorter).not.toBe(whole);
  });

  it('are the same whether workers claim the pieces (this thread helping) or this thread hashes all', async () => {
    const files = [{ path: big(), size: BIG }, { path: small(), size: 8 }, { path: join(dir, 'missing'), size: 1 }];
    const shared = await stampPrefixes(files, KEY, { workers: 2 });
    expect(shared).toEqual(await stampPrefixes(files, KEY, { workers: 0 }));
    expect(shared[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(shared[2]).toBeNull();
    // A byte changed in the last piece is seen however the pieces were shared out.
    const bytes = Buffer.alloc(BIG);
    for (let i = 0; i < BIG; i++) bytes[i] = (i * 31) & 0xff;
    bytes[BIG - 2] = bytes[BIG - 2]! ^ 0x80;
    writeFileSync(big(), bytes);
    expect((await stampPrefixes(files, KEY, { workers: 2 }))[0]).not.toBe(shared[0]);
  });

  it('are the same for the same bytes, whichever thread hashed them', async () => {
    const many = await stampPrefixes([{ path: big(), size: BIG }, { path: small(), size: 8 }], KEY);
    const alone = [(await stampPrefixes([{ path: big(), size: BIG }], KEY))[0], (await stampPrefixes([{ path: small(), size: 8 }], KEY))[0]];
    expect(many).toEqual(alone);
  });

  it('depend on the key: the same bytes under another installation\'s key give another stamp', async () => {
    const files = [{ path: big(), size: BIG }, { path: small(), size: 8 }];
    const mine = await stampPrefixes(files, KEY);
    const other = await stampPrefixes(files, randomBytes(32));
    expect(other[0]).not.toBe(mine[0]);
    expect(other[1]).not.toBe(mine[1]);
    expect(await stampPrefixes(files, Buffer.from(KEY))).toEqual(mine);
  });

  it('refuse a key that is not 32 bytes', async () => {
    await expect(stampPrefixes([{ path: small(), size: 8 }], randomBytes(16))).rejects.toThrow(/32 bytes/);
  });

  it('change when two whole pieces trade places (each piece is tagged with its place in the file)', async () => {
    const PIECE = 8 * 1024 * 1024;
    const bytes = Buffer.alloc(2 * PIECE);
    bytes.fill(0x61, 0, PIECE);
    bytes.fill(0x62, PIECE);
    writeFileSync(big(), bytes);
    const [before] = await stampPrefixes([{ path: big(), size: 2 * PIECE }], KEY);
    writeFileSync(big(), Buffer.concat([bytes.subarray(PIECE), bytes.subarray(0, PIECE)]));
    const [after] = await stampPrefixes([{ path: big(), size: 2 * PIECE }], KEY);
    expect(after).not.toBe(before);
  });

  it('are null for a file now shorter than the prefix, or gone; stampFiles then gives none', async () => {
    expect(await stampPrefixes([{ path: small(), size: 9 }, { path: join(dir, 'missing'), size: 1 }], KEY)).toEqual([null, null]);
    expect(await stampFiles([{ path: small(), size: 8 }, { path: join(dir, 'missing'), size: 1 }], KEY)).toBeNull();
    expect((await stampFiles([{ path: small(), size: 8 }], KEY))![0]).toMatchObject({ path: small(), size: 8, stamp: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
