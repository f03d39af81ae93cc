import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { createCacheStore, KEY_FILE } from '../../../main/action-log/review-cache/cache-store';
import { createReviewCache, type ReviewCache } from '../../../main/action-log/review-cache/review-cache';
import type { ReviewResult } from '../../../shared/log/review-result';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { openLog, readLinesOf, sampleEntry, tempFolder } from './log-fixtures';

// Re-opening logs from the reviewer's cache must give what a full review gives, whatever happened
// to the files (or to the cache) in between: real files, real writer, real HMAC key in a real secret store.
let dir: ReturnType<typeof tempFolder>;
let appData: ReturnType<typeof tempFolder>;
const secrets = createProcessSecretStore();
const months = ['2026-01', '2026-02', '2026-03', '2026-04'];

function newCache(): ReviewCache {
  return createReviewCache({ store: createCacheStore({ folder: join(appData.path, 'review-cache'), secrets }), appVersion: '1.0.0-test' });
}

async function writeMonths(folder: string, list: readonly string[], start = 0): Promise<void> {
  let now = new Date(`${list[0]}-03T09:00:00Z`);
  const log = await openLog(folder, { clock: () => now, machineName: 'PC-ONE', sealEvery: 4 });
  for (const [m, month] of list.entries()) {
    now = new Date(`${month}-20T09:00:00Z`);
    for (let i = 0; i < 3; i++) {
      const actionId = randomUUID();
      for (const type of ['requested', 'accepted', 'state'] as const) await log.append(sampleEntry(type, { actionId, ticket: type === 'requested' ? `INC-${start + m}-${i}` : undefined }));
    }
    // One action goes on into the next month's file.
    const spanning = randomUUID();
    await log.append(sampleEntry('requested', { actionId: spanning, ticket: `INC-${month}-late` }));
    now = new Date(now.getTime() + 12 * 86_400_000);
    await log.append(sampleEntry('state', { actionId: spanning, state: 'done' }));
  }
  await log.close();
}

beforeEach(async () => {
  dir = tempFolder();
  appData = tempFolder();
  await writeMonths(join(dir.path, 'PC-ONE'), months);
});
afterEach(() => {
  dir.remove();
  appData.remove();
});

const folder = () => join(dir.path, 'PC-ONE');
const fileOf = (month: string) => join(folder(), `actions-${month}.jsonl`);
const cacheFiles = () => readdirSync(join(appData.path, 'review-cache')).filter((name) => name.endsWith('.cache'));

async function review(cache: ReviewCache | null): Promise<ReviewResult> {
  const result = await reviewLogs([folder()], { threads: null, cache });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The cached review against a full one, the cache's own note aside. */
async function expectFullAnswer(cache: ReviewCache): Promise<ReviewResult> {
  const cached = await review(cache);
  const { reusedEntries, ...rest } = cached;
  expect(rest).toEqual(await review(null));
  return { ...rest, ...(reusedEntries === undefined ? {} : { reusedEntries }) };
}

describe('re-opening logs from the review cache', () => {
  it('(a) gives the full review\'s answer, and says how many entries it reused', async () => {
    const cache = newCache();
    const first = await expectFullAnswer(cache);
    expect(first.reusedEntries).toBeUndefined();
    expect(first.chains[0]!.integrity.status).toBe('verified');
    const again = await expectFullAnswer(newCache()); // a new app run: the key comes back from the secret store
    expect(again.reusedEntries).toBe(first.chains[0]!.entries);
  });

  it('(b) finds one byte changed mid-file with the size kept and the mtime put back', async () => {
    const file = fileOf('2026-02');
    utimesSync(file, 1_780_000_000, 1_780_000_000); // whole seconds, so the time put back is exactly the same
    await review(newCache());
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('INC-1-1');
    const handle = openSync(file, 'r+');
    writeSync(handle, Buffer.from('X'), 0, 1, Buffer.byteLength(text.slice(0, at)));
    closeSync(handle);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const r = await expectFullAnswer(newCache());
    expect(r.chains[0]!.integrity.status).toBe('broken');
    const line = readLinesOf(file).findIndex((l) => l.includes('XNC-1-1')) + 1;
    expect(r.files.find((f) => f.path === file)!.findings.map((f) => [f.kind, f.line])).toContainEqual(['edited', line]);
    expect(r.reusedEntries).toBeUndefined();
  });

  it('(c) verifies only what was added since, and joins it to what it reuses', async () => {
    const first = await review(newCache());
    // The same installation writes on: the newest month grows and a new month begins.
    await writeMonths(folder(), ['2026-05', '2026-06'], 10);
    const r = await expectFullAnswer(newCache());
    expect(r.chains[0]!.integrity.status).toBe('verified');
    expect(r.chains[0]!.entries).toBeGreaterThan(first.chains[0]!.entries);
    // The settled months (January to April) came from the cache; May grew, so it was read again.
    const settled = first.files.filter((f) => !f.path.endsWith('2026-05.jsonl')).reduce((sum, f) => sum + f.entries, 0);
    expect(r.reusedEntries).toBe(settled);
    expect(r.rows.all().filter((row) => row.ticket?.endsWith('-late')).every((row) => row.lastState === 'done')).toBe(true);
    // And the grown log is cached in turn.
    expect((await expectFullAnswer(newCache())).reusedEntries).toBe(r.chains[0]!.entries);
  });

  it('(d) refuses and deletes a cache whose rows were edited, and reviews in full', async () => {
    await review(newCache());
    const [name] = cacheFiles();
    const path = join(appData.path, 'review-cache', name!);
    const data = readFileSync(path);
    const edited = Buffer.from(data.toString('latin1').replace('INC-1-1', 'INC-7-7'), 'latin1');
    expect(edited.equals(data)).toBe(false);
    writeFileSync(path, edited);
    const r = await expectFullAnswer(newCache());
    expect(r.reusedEntries).toBeUndefined();
    expect(r.rows.all().some((row) => row.ticket === 'INC-7-7')).toBe(false);
    // The review stored a fresh, valid file in its place.
    expect(readFileSync(path).equals(edited)).toBe(false);
    expect((await review(newCache())).reusedEntries).toBeGreaterThan(0);
  });

  it('(d) refuses a cache sealed with another key, of an unknown format, or cut short', async () => {
    await review(newCache());
    const path = join(appData.path, 'review-cache', cacheFiles()[0]!);
    const good = readFileSync(path);
    const forged = createReviewCache({ store: createCacheStore({ folder: join(appData.path, 'other'), secrets: createProcessSecretStore() }), appVersion: '1.0.0-test' });
    await review(forged); // the same chain, sealed under a key of another installation
    const foreign = readFileSync(join(appData.path, 'other', cacheFiles()[0]!));
    const unknownFormat = Buffer.from(good);
    unknownFormat[4] = 99;
    for (const bad of [foreign, unknownFormat, good.subarray(0, 20), Buffer.from('not a cache')]) {
      writeFileSync(path, bad);
      const r = await expectFullAnswer(newCache());
      expect(r.reusedEntries).toBeUndefined();
    }
  });

  it('(d) does not use an entry of an earlier format (format 4: unkeyed SHA-256 stamps, no dictionary columns), says why, and replaces it', async () => {
    await review(newCache());
    const name = cacheFiles()[0]!;
    const store = createCacheStore({ folder: join(appData.path, 'review-cache'), secrets });
    const kept = (await store.read(name))!;
    const entry = kept.payload as { format: number };
    expect(entry.format).toBe(6);
    await store.write(name, { ...entry, format: 4 }, kept.blobs); // a valid file of the earlier app, under the same key
    const said: string[] = [];
    const logger = { info: (message: string) => said.push(message), warn: (message: string) => said.push(message), error: (message: string) => said.push(message) };
    const r = await expectFullAnswer(createReviewCache({ store: createCacheStore({ folder: join(appData.path, 'review-cache'), secrets }), appVersion: '1.0.0-test', logger }));
    expect(r.reusedEntries).toBeUndefined();
    expect(said).toEqual([expect.stringContaining('format 4, this version keeps format 6')]);
    expect(((await store.read(name))!.payload as { format: number }).format).toBe(6);
    expect((await review(newCache())).reusedEntries).toBe(r.chains[0]!.entries);
  });

  it('(e) gives the full answer for a settled month that grew by a line since', async () => {
    expect((await review(newCache())).reusedEntries).toBeUndefined();
    const file = fileOf('2026-02');
    appendFileSync(file, `${readLinesOf(file).at(-1)}\n`); // the last line again, after the seal: a copy-paste slip
    const r = await expectFullAnswer(newCache());
    expect(r.chains[0]!.integrity.status).not.toBe('verified');
    // February is in the settled months' stretch: none of it is taken from the cache, nor anything after it.
    expect(r.reusedEntries).toBeUndefined();
  });

  it('(e) gives the full answer for a month file cut short since', async () => {
    await review(newCache());
    const file = fileOf('2026-03');
    truncateSync(file, statSync(file).size - 40);
    const r = await expectFullAnswer(newCache());
    expect(r.chains[0]!.integrity.status).toBe('broken');
    expect(r.files.find((f) => f.path === file)!.findings.map((f) => f.kind)).toContain('truncated');
  });

  it('(e) gives the full answer for a newest file that lost its last lines, and for a removed month', async () => {
    await review(newCache());
    const newest = fileOf('2026-05');
    writeFileSync(newest, readLinesOf(newest).slice(0, -2).map((l) => `${l}\n`).join(''));
    expect((await expectFullAnswer(newCache())).chains[0]!.integrity.status).toBe('unsealed');
    const { rmSync } = await import('node:fs');
    rmSync(fileOf('2026-02'));
    expect((await expectFullAnswer(newCache())).chains[0]!.integrity.status).toBe('broken');
  });

  it('(f) writes nothing to the log folder: the cache and its key stay in the app data folder', async () => {
    const before = readdirSync(folder()).sort();
    const stamps = before.map((name) => statSync(join(folder(), name)).mtimeMs);
    await review(newCache());
    await review(newCache());
    expect(readdirSync(folder()).sort()).toEqual(before);
    expect(before.map((name) => statSync(join(folder(), name)).mtimeMs)).toEqual(stamps);
    expect(readdirSync(join(appData.path, 'review-cache')).sort()).toEqual([...cacheFiles(), KEY_FILE].sort());
  });

  it('(g) prunes the cache of logs not opened for 90 days (on the app clock), not the cache of the logs it reviews', async () => {
    const DAY = 86_400_000;
    let now = new Date('2026-06-01T00:00:00Z');
    const clocked = () => createReviewCache({ store: createCacheStore({ folder: join(appData.path, 'review-cache'), secrets, now: () => now }), appVersion: '1.0.0-test' });
    await writeMonths(join(dir.path, 'PC-TWO'), ['2026-02']);
    const other = await reviewLogs([join(dir.path, 'PC-TWO')], { threads: null, cache: clocked() });
    expect(other.ok).toBe(true);
    const [otherFile] = cacheFiles();
    now = new Date(now.getTime() + 60 * DAY);
    await review(clocked());
    expect(cacheFiles()).toHaveLength(2);
    now = new Date(now.getTime() + 31 * DAY); // PC-TWO last opened 91 days ago; PC-ONE 31 days ago
    expect((await review(clocked())).reusedEntries).toBeGreaterThan(0);
    expect(cacheFiles()).not.toContain(otherFile);
    expect(cacheFiles()).toHaveLength(1);
    now = new Date(now.getTime() + 400 * DAY); // PC-ONE's own file is old too, but it is the one this review uses
    expect((await review(clocked())).reusedEntries).toBeGreaterThan(0);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('reviews in full and stores nothing where a file changes while it is read', async () => {
    const cache = newCache();
    const growing = fileOf('2026-05');
    const result = await reviewLogs([folder()], {
      threads: null,
      cache: { verify: (chains, pinned, verify) => cache.verify(chains, pinned, async (some) => {
        const done = await verify(some);
        appendFileSync(growing, ''); // touches nothing
        const now = new Date(Date.now() + 60_000);
        utimesSync(growing, now, now); // a writer moved on while the review read
        return done;
      }) },
    });
    expect(result.ok).toBe(true);
    const cacheFolder = join(appData.path, 'review-cache');
    expect(existsSync(cacheFolder) ? readdirSync(cacheFolder).filter((name) => name.endsWith('.cache')) : []).toEqual([]);
  });
});
