import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeActions } from './log-fixtures';

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

async function review(): Promise<ReviewResult> {
  const result = await reviewLogs([dir.path]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const monthFiles = () => readdirSync(dir.path).filter((n) => /^actions-\d{4}-\d{2}\.jsonl$/.test(n)).sort();

const link = (text: string) => sha256Hex(`${text}\n`);

it('an append has reached the file when it resolves, chained to the bytes of the line before; close seals', async () => {
  const log = await openLog(dir.path, { clock: () => new Date('2026-05-10T08:00:00Z') });
  const result = await log.append(sampleEntry('requested'));
  if (!result.ok) throw new Error(result.error.message);
  const file = join(dir.path, 'actions-2026-05.jsonl');
  const lines = readLinesOf(file);
  expect(lines).toHaveLength(2);
  const [header, entry] = lines.map((l) => JSON.parse(l));
  expect(header).toMatchObject({ type: 'header', seq: 1, machineName: 'TEST-PC', installId: expect.any(String), fingerprint: log.fingerprint, publicKey: log.publicKey, keyStorage: 'encrypted' });
  expect(entry).toEqual(result.value);
  expect(entry).toMatchObject({ seq: 2, prev: link(lines[0]!), time: '2026-05-10T08:00:00.000Z' });
  expect(entry).not.toHaveProperty('sig');
  await log.close();
  const seal = readLinesOf(file)[2]!;
  expect(JSON.parse(seal)).toMatchObject({ type: 'seal', seq: 3, prev: link(lines[1]!), keyId: log.fingerprint });
  expect(seal).toMatch(/,"sig":"[A-Za-z0-9+/]{86}=="}$/);
});

it('seals after a quiet moment, and every SEAL_EVERY lines in the same write as the entry', async () => {
  const waits: Array<() => void> = [];
  const sleep = (_ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      waits.push(resolve);
      signal.addEventListener('abort', () => reject(new Error('aborted')));
    });
  const log = await openLog(dir.path, { clock: () => new Date('2026-05-10T08:00:00Z'), sealIdleMs: 1000, sleep });
  await log.append(sampleEntry('requested'));
  const file = join(dir.path, 'actions-2026-05.jsonl');
  expect(readLinesOf(file).map((l) => JSON.parse(l).type)).toEqual(['header', 'requested']);
  waits.at(-1)!(); // the quiet time has passed
  await log.readOwnEntries(); // waits for the queue, where the idle seal went
  expect(readLinesOf(file).map((l) => JSON.parse(l).type)).toEqual(['header', 'requested', 'seal']);
  await log.close();
  const bulk = tempFolder();
  try {
    const busy = await openLog(bulk.path, { clock: () => new Date('2026-05-10T08:00:00Z'), sealEvery: 4 });
    await writeActions(busy, 2); // header + 6 entries: a seal after the 4th line, none yet for the last 3
    const types = readLinesOf(join(bulk.path, 'actions-2026-05.jsonl')).map((l) => JSON.parse(l).type);
    expect(types).toEqual(['header', 'requested', 'accepted', 'state', 'seal', 'requested', 'accepted', 'state']);
    await busy.close();
  } finally {
    bulk.remove();
  }
});

it('the idle seal waits for a whole quiet period: one wait per busy stretch, put off by lines written during it', async () => {
  const waits: Array<() => void> = [];
  const sleep = (_ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      waits.push(resolve);
      signal.addEventListener('abort', () => reject(new Error('aborted')));
    });
  // Lets the writer react to an ended wait: every pending microtask runs before setImmediate's turn (no time involved).
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  const log = await openLog(dir.path, { clock: () => new Date('2026-05-10T08:00:00Z'), sealIdleMs: 1000, sleep });
  const types = () => readLinesOf(join(dir.path, 'actions-2026-05.jsonl')).map((l) => JSON.parse(l).type as string);
  const sixLines = ['header', 'requested', 'accepted', 'state', 'requested', 'accepted', 'state'];
  expect(waits).toHaveLength(1); // armed after the header
  await writeActions(log, 2);
  expect(waits).toHaveLength(1); // six appends later, still that one wait: none per append
  waits[0]!(); // the period ends, but lines came during it: a whole new period, no seal yet
  await settle();
  expect(waits).toHaveLength(2);
  expect(types()).toEqual(sixLines);
  waits[1]!(); // a whole period without a line: the seal
  await settle();
  expect(types()).toEqual([...sixLines, 'seal']);
  expect(waits).toHaveLength(2); // nothing left to seal, nothing armed
  await log.append(sampleEntry('note', { note: 'after the seal' }));
  expect(waits).toHaveLength(3);
  await log.close();
});

it('concurrent appends are written one after the other, in call order', async () => {
  const log = await openLog(dir.path);
  const results = await Promise.all(Array.from({ length: 25 }, (_, i) => log.append(sampleEntry('note', { note: `n${i}` }))));
  expect(results.map((r) => (r.ok ? [r.value.seq, r.value.note] : null))).toEqual(Array.from({ length: 25 }, (_, i) => [i + 2, `n${i}`]));
  await log.close();
  expect((await review()).files[0]!.integrity).toEqual({ status: 'verified' });
});

it('the chain continues across runs and months, each starting with a header', async () => {
  let now = new Date('2026-01-31T23:59:00Z');
  const clock = () => now;
  const first = await openLog(dir.path, { clock });
  await writeActions(first, 2);
  await first.close();
  const second = await openLog(dir.path, { clock });
  await writeActions(second, 1);
  now = new Date('2026-02-01T00:01:00Z');
  await writeActions(second, 1);
  await second.close();

  expect(monthFiles()).toEqual(['actions-2026-01.jsonl', 'actions-2026-02.jsonl']);
  const january = readLinesOf(join(dir.path, monthFiles()[0]!)).map((l) => JSON.parse(l));
  const february = readLinesOf(join(dir.path, monthFiles()[1]!)).map((l) => JSON.parse(l));
  // Each run ends sealed (run 1 at close, run 2 before it moved on to February).
  expect(january.filter((l) => l.type === 'header').map((l) => l.seq)).toEqual([1, 9]);
  expect(january.filter((l) => l.type === 'seal').map((l) => l.seq)).toEqual([8, 13]);
  expect(february[0]).toMatchObject({ type: 'header', seq: 14, prev: link(readLinesOf(join(dir.path, monthFiles()[0]!)).at(-1)!) });
  const r = await review();
  expect(r.files.map((f) => [f.integrity.status, f.entries, f.headers])).toEqual([['verified', 9, 2], ['verified', 3, 1]]);
  expect(r.rows).toHaveLength(4);
  expect(r.chains).toHaveLength(1);
  expect(r.chains[0]).toMatchObject({ firstSeq: 1, fromGenesis: true, lastSeq: 18, machineName: 'TEST-PC', technicians: ['tech@contoso.example'], entries: 12 });
});

it('a clock set back never writes into an older month than the newest file', async () => {
  const later = await openLog(dir.path, { clock: () => new Date('2026-03-05T10:00:00Z') });
  await writeActions(later, 1);
  await later.close();
  const earlier = await openLog(dir.path, { clock: () => new Date('2026-02-20T10:00:00Z') });
  await writeActions(earlier, 1);
  await earlier.close();
  expect(monthFiles()).toEqual(['actions-2026-03.jsonl']);
  expect((await review()).files[0]!.integrity).toEqual({ status: 'verified' });
});

it('readOwnEntries folds the own log while appends go on, without meeting a half-written line', async () => {
  const log = await openLog(dir.path);
  const ids = await writeActions(log, 3);
  const appending = writeActions(log, 3);
  const own = await log.readOwnEntries();
  await appending;
  if (!own.ok) throw new Error(own.error.message);
  expect(own.value.files.flatMap((f) => f.findings)).toEqual([]);
  expect(own.value.rows.all().map((r) => r.actionId).slice(0, 3)).toEqual(ids);
  await log.close();
});

it('refuses an invalid entry or an append after close, writing nothing', async () => {
  const log = await openLog(dir.path);
  const file = join(dir.path, monthFiles()[0]!);
  const size = statSync(file).size;
  const bad = await log.append({ ...sampleEntry('requested'), passcode: '123456' } as never);
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  const noTicket = await log.append({ ...sampleEntry('requested'), ticket: undefined });
  expect(noTicket).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  expect(statSync(file).size).toBe(size);
  await log.close();
  // Said as a code, so an Italian window words it too.
  expect(await log.append(sampleEntry('note'))).toMatchObject({ ok: false, error: { code: 'log_error', say: { code: 'logStoppedClosed', params: {} } } });
  expect(existsSync(join(dir.path, 'action-log.lock'))).toBe(false);
  expect(readFileSync(file, 'utf8')).not.toContain('123456');
});
