import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { reviewSources, stretchesOf } from '../../../main/action-log/review-logs';
import { joinStretches } from '../../../main/action-log/chain-join';
import type { ChainResult } from '../../../main/action-log/chain-verifier';
import { LINES_PER_SLICE, verifyChain } from '../../../main/action-log/chain-verifier';
import { fileSource, textSource, type LogSource } from '../../../main/action-log/log-source';
import { trackedOf } from '../../../main/action-log/row-blocks';
import { runStretches, startReviewWorker, startWorkersAhead, type ReviewThreads, type StretchTask } from '../../../main/action-log/review-threads';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeLinesTo } from './log-fixtures';

// The review on worker threads (the worker bundle built here as the product's build does) must answer
// exactly what the review on one thread answers: clean logs, and logs damaged where stretches meet.
let bundle: ReturnType<typeof tempFolder>;
let threads: ReviewThreads;
let dir: ReturnType<typeof tempFolder>;
const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];

beforeAll(async () => {
  bundle = tempFolder();
  const script = join(bundle.path, 'review-worker.cjs');
  await build({ entryPoints: [join(import.meta.dirname, '../../../main/action-log/review-worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: script, logLevel: 'silent' });
  threads = { script, count: 2, minStretchBytes: 0 }; // small logs cut into stretches, as big ones are
});
afterAll(() => bundle.remove());

/** Two machines, five month files each; one action of each month goes on into the next month's file. */
beforeEach(async () => {
  dir = tempFolder();
  for (const machine of ['PC-ONE', 'PC-TWO']) {
    let now = new Date(`${months[0]}-03T09:00:00Z`);
    const log = await openLog(join(dir.path, machine), { clock: () => now, machineName: machine, sealEvery: 4 });
    for (const month of months) {
      now = new Date(`${month}-28T09:00:00Z`);
      for (let i = 0; i < 3; i++) {
        const actionId = randomUUID();
        for (const type of ['requested', 'accepted', 'state'] as const) await log.append(sampleEntry(type, { actionId, ticket: type === 'requested' ? `INC-${month}-${i}` : undefined }));
      }
      const spanning = randomUUID();
      await log.append(sampleEntry('requested', { actionId: spanning, ticket: `INC-${month}-late` }));
      await log.append(sampleEntry('accepted', { actionId: spanning, graphRequestId: `req-${month}` }));
      now = new Date(now.getTime() + 5 * 86_400_000); // the next month: its state arrives in the next file
      await log.append(sampleEntry('state', { actionId: spanning, state: 'done' }));
    }
    await log.close();
  }
});
afterEach(() => dir.remove());

const asObjects = (result: ChainResult | null) => result && { ...result, tracked: [...trackedOf(result)], more: undefined };
const folders = () => ['PC-ONE', 'PC-TWO'].map((m) => join(dir.path, m));
const fileOf = (machine: string, month: string) => join(dir.path, machine, `actions-${month}.jsonl`);

async function review(withThreads: ReviewThreads | null): Promise<ReviewResult> {
  const result = await reviewLogs(folders(), { threads: withThreads });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function expectSameAnswers(): Promise<ReviewResult> {
  const alone = await review(null);
  expect(await review(threads)).toEqual(alone);
  return alone;
}

describe('reviewing on worker threads', () => {
  it('verifies stretches of a chain on the threads themselves', async () => {
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = [files.slice(0, 3), files.slice(3)].map((names, index) => ({ index, id: 'one', pinned: null, parts: names.map((n) => [fileSource(join(dir.path, 'PC-ONE', n)).file!]) }));
    const done = await runStretches(tasks, threads);
    expect(done.map((part) => part?.chain.integrity.status)).toEqual(['verified', 'verified']);
    expect(done[1]!.edges.first!.seq).toBe(done[0]!.edges.last!.seq + 1);
  });

  it('gives the one-thread answer on clean logs, actions across month files included', async () => {
    const r = await expectSameAnswers();
    expect(r.chains.map((c) => [c.machineName, c.integrity.status, c.files.length])).toEqual([
      ['PC-ONE', 'verified', 6],
      ['PC-TWO', 'verified', 6],
    ]);
    expect(r.rows.all().filter((row) => row.ticket?.endsWith('-late')).every((row) => row.lastState === 'done' && row.entryCount === 3)).toBe(true);
  });

  it('gives the one-thread answer when a line is edited in a middle month', async () => {
    const file = fileOf('PC-ONE', '2026-03');
    const lines = readLinesOf(file);
    const at = lines.findIndex((line) => line.includes('"INC-2026-03-1"'));
    lines[at] = lines[at]!.replace('INC-2026-03-1', 'INC-9999-99-1');
    writeLinesTo(file, lines);
    const r = await expectSameAnswers();
    expect(r.chains[0]!.integrity.status).toBe('broken');
    expect(r.files.find((f) => f.path === file)!.findings.map((f) => [f.kind, f.line])).toContainEqual(['edited', at + 1]);
  });

  it('gives the one-thread answer when the first line of a month is deleted, where two stretches meet', async () => {
    const file = fileOf('PC-TWO', '2026-04');
    writeLinesTo(file, readLinesOf(file).slice(1));
    const r = await expectSameAnswers();
    expect(r.chains[1]!.integrity.status).toBe('broken');
  });

  it('gives the one-thread answer when a whole month file is missing', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(fileOf('PC-ONE', '2026-02'));
    const r = await expectSameAnswers();
    expect(r.chains[0]!.integrity.status).toBe('broken');
  });

  it('gives the one-thread answer when the newest file ends unsealed', async () => {
    const file = fileOf('PC-TWO', '2026-06');
    writeLinesTo(file, readLinesOf(file).slice(0, -1)); // the closing seal gone
    const r = await expectSameAnswers();
    expect(r.chains[1]!.integrity.status).toBe('unsealed');
  });

  it('verifies stretches on the calling thread too, which takes every stretch no worker can', async () => {
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = files.map((name, index) => ({ index, id: 'one', pinned: null, parts: [[fileSource(join(dir.path, 'PC-ONE', name)).file!]] }));
    const here = (task: StretchTask) => verifyChain({ id: task.id, pinned: null, parts: task.parts.map((set) => set.map((file) => fileSource(file.path, file.end))) });
    const done = await runStretches(tasks, { script: join(bundle.path, 'missing.cjs'), count: 2 }, here);
    expect(done.every((part) => part !== null && part.chain.findingCount === 0)).toBe(true);
    expect(done.map((part) => part!.edges.first!.seq)).toEqual(done.map((_, i) => (i === 0 ? 1 : done[i - 1]!.edges.last!.seq + 1)));
  });

  it('tells each stretch as soon as it is done, the ones the calling thread did or redid included', async () => {
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = files.map((name, index) => ({ index, id: 'one', pinned: null, parts: [[fileSource(join(dir.path, 'PC-ONE', name)).file!]] }));
    const here = (task: StretchTask) => verifyChain({ id: task.id, pinned: null, parts: task.parts.map((set) => set.map((file) => fileSource(file.path, file.end))) });
    for (const script of [threads.script, join(bundle.path, 'missing.cjs')]) {
      const told = new Map<number, ChainResult>();
      const done = await runStretches(tasks, { script, count: 2 }, here, (index, result) => {
        expect(told.has(index)).toBe(false);
        told.set(index, result);
      });
      expect(told.size).toBe(tasks.length);
      done.forEach((result, index) => expect(told.get(index)).toBe(result));
    }
  });

  it('verifies a stretch again on the calling thread when its rows arrive broken, and answers as one thread', async () => {
    // A worker whose rows do not add up (the number columns cut short): unpacking refuses them, the stretch is redone here.
    const script = join(bundle.path, 'broken-rows.cjs');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (task) => {
        parentPort.postMessage({ index: task.index, rows: { kind: 'columns', count: 1, text: 'x', lengths: new Int32Array([1]), numbers: new Float64Array(3), shared: [], technicians: [], shapes: [] } });
        parentPort.postMessage({ index: task.index, result: { chain: { findingCount: 0 }, files: [], keys: [], edges: { first: null, last: null } } });
      });`,
    );
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = files.map((name, index) => ({ index, id: 'one', pinned: null, parts: [[fileSource(join(dir.path, 'PC-ONE', name)).file!]] }));
    const here = (task: StretchTask) => verifyChain({ id: task.id, pinned: null, parts: task.parts.map((set) => set.map((file) => fileSource(file.path, file.end))) });
    const done = await runStretches(tasks, { script, count: 2 }, here);
    expect(done).toEqual(await Promise.all(tasks.map(here)));
    expect(done.every((part) => part!.tracked.length > 0)).toBe(true);
    const alone = await review(null);
    expect(await review({ script, count: 2, minStretchBytes: 0 })).toEqual(alone);
  });

  it('uses the workers started when the review began, and ends those it did not take', async () => {
    const started: Worker[] = [];
    const ahead = startWorkersAhead({ ...threads, count: 3 }, (script) => {
      const worker = startReviewWorker(script);
      started.push(worker);
      return worker;
    });
    expect(started).toHaveLength(2);
    const exits = started.map((worker) => new Promise<number>((resolve) => worker.once('exit', resolve)));
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = files.map((name, index) => ({ index, id: 'one', pinned: null, parts: [[fileSource(join(dir.path, 'PC-ONE', name)).file!]] }));
    // One thread of the two asked for: the first worker started is taken, the second is left to `release`.
    const done = await runStretches(tasks, { ...threads, script: join(bundle.path, 'missing.cjs'), count: 1 + 1 }, undefined, undefined, ahead);
    expect(done.every((part) => part !== null && part.chain.findingCount === 0)).toBe(true); // done by the worker started ahead (the script given here is missing)
    await ahead.release();
    expect(ahead.take()).toBeNull();
    await Promise.all(exits); // both ended: the one taken when its stretches ran out, the other by release
  });

  it('does not wait for a worker started ahead that exited before it was used, and does its stretches here', async () => {
    const script = join(bundle.path, 'crashes-at-start.cjs');
    writeFileSync(script, `throw new Error('this worker fails as it starts');`);
    const ahead = startWorkersAhead({ script, count: 2 });
    const crashed = ahead.take()!;
    if (!crashed.exited) await new Promise((resolve) => crashed.worker.once('exit', resolve));
    expect(crashed.exited).toBe(true);
    const files = readdirSync(join(dir.path, 'PC-ONE')).filter((n) => n.startsWith('actions-')).sort();
    const tasks = files.map((name, index) => ({ index, id: 'one', pinned: null, parts: [[fileSource(join(dir.path, 'PC-ONE', name)).file!]] }));
    const here = (task: StretchTask) => verifyChain({ id: task.id, pinned: null, parts: task.parts.map((set) => set.map((file) => fileSource(file.path, file.end))) });
    let given = false;
    const once = { take: () => (given ? null : ((given = true), crashed)), release: async () => undefined };
    expect(await runStretches(tasks, { script, count: 2 }, here, undefined, once)).toEqual(await Promise.all(tasks.map(here)));
    const alone = await review(null);
    expect(await review({ script, count: 2, minStretchBytes: 0 })).toEqual(alone); // the whole review, its workers started ahead crashing
  });

  it('falls back to one thread when the worker cannot start, with the same answers', async () => {
    const alone = await review(null);
    expect(await review({ script: join(bundle.path, 'missing.cjs'), count: 2 })).toEqual(alone);
  });
});

describe('month files cut after a seal inside them (threads finish together)', () => {
  const sourcesOf = (machine: string, upTo = months.length) => months.slice(0, upTo).map((month) => [fileSource(fileOf(machine, month))]);
  /** Stretches of about 1,500 bytes (a few lines: the test files seal every 4), verified on the threads and joined. */
  async function cutAndJoin(sources: LogSource[][]): Promise<{ joined: ChainResult | null; pieces: number }> {
    const stretches = stretchesOf(sources, () => 1_500, 0)!;
    const tasks = stretches.map((parts, index) => ({ index, id: 'one', pinned: null, parts }));
    const done = await runStretches(tasks, threads);
    expect(done.every((part) => part !== null)).toBe(true);
    // Rows the workers sent stay packed in the join (row-blocks.ts): compared here as the objects they stand for.
    return { joined: asObjects(joinStretches('one', done as ChainResult[])), pieces: stretches.filter((parts) => (parts[0]![0]!.start ?? 0) > 0).length };
  }

  it('joins the pieces of clean files to exactly what one pass over the chain gives', async () => {
    const sources = sourcesOf('PC-ONE');
    const { joined, pieces } = await cutAndJoin(sources);
    expect(pieces).toBeGreaterThan(months.length); // more than one cut a file: the files are 4-6 KB
    const alone = await verifyChain({ id: 'one', pinned: null, parts: sources });
    expect(alone.chain.integrity.status).toBe('verified');
    expect(joined).toEqual(alone);
  });

  it('puts a finding in the last piece at its line in the whole file', async () => {
    const last = fileOf('PC-ONE', months.at(-1)!);
    const lines = readLinesOf(last);
    writeLinesTo(last, lines.slice(0, -1)); // its closing seal gone: the lines after the seal before are unsealed
    const sources = sourcesOf('PC-ONE');
    const { joined, pieces } = await cutAndJoin(sources);
    expect(pieces).toBeGreaterThan(0);
    const alone = await verifyChain({ id: 'one', pinned: null, parts: sources });
    const finding = alone.files.find((file) => file.path === last)!.findings[0]!;
    expect([finding.kind, finding.line > 4]).toEqual(['unsealed', true]);
    expect(joined).toEqual(alone);
  });

  it('does not join pieces when a piece before the last has a finding (the chain is read again in one pass)', async () => {
    const file = fileOf('PC-ONE', '2026-02');
    const lines = readLinesOf(file);
    const at = lines.findIndex((line) => line.includes('"INC-2026-02-2"'));
    lines[at] = lines[at]!.replace('INC-2026-02-2', 'INC-2026-02-X');
    writeLinesTo(file, lines);
    expect((await cutAndJoin(sourcesOf('PC-ONE'))).joined).toBeNull();
    const r = await expectSameAnswers();
    expect(r.files.find((f) => f.path === file)!.findings.map((f) => [f.kind, f.line])).toContainEqual(['edited', at + 1]);
  });

  it('refuses the join at the first piece when the first month has an edited line, and the review still gives the one-thread answer', async () => {
    const file = fileOf('PC-ONE', '2026-01');
    const lines = readLinesOf(file);
    const at = lines.findIndex((line) => line.includes('"INC-2026-01-0"'));
    lines[at] = lines[at]!.replace('INC-2026-01-0', 'INC-2026-01-Z');
    writeLinesTo(file, lines);
    expect((await cutAndJoin(sourcesOf('PC-ONE'))).joined).toBeNull(); // the later pieces are handed in after the refusal
    const r = await expectSameAnswers();
    expect(r.chains.map((c) => c.integrity.status)).toEqual(['broken', 'verified']);
    expect(r.files.find((f) => f.path === file)!.findings.map((f) => [f.kind, f.line])).toContainEqual(['edited', at + 1]);
    expect(r.rows.all().filter((row) => row.chain === r.chains[0]!.id)).toHaveLength(months.length * 4);
  });

  it('joins pieces of a file the app wrote on after a restart (a second header inside it)', async () => {
    let now = new Date('2026-06-10T09:00:00Z');
    const log = await openLog(join(dir.path, 'PC-ONE'), { clock: () => now, machineName: 'PC-ONE', sealEvery: 4 });
    for (let i = 0; i < 12; i++) await log.append(sampleEntry('requested', { ticket: `INC-restart-${i}` }));
    await log.close();
    now = new Date('2026-06-11T09:00:00Z');
    const sources = [...sourcesOf('PC-ONE'), [fileSource(fileOf('PC-ONE', '2026-06'))]];
    const { joined, pieces } = await cutAndJoin(sources);
    const alone = await verifyChain({ id: 'one', pinned: null, parts: sources });
    expect(alone.files.at(-1)!.headers).toBe(2);
    expect(alone.chain.integrity.status).toBe('verified');
    expect(pieces).toBeGreaterThan(months.length);
    expect(joined).toEqual(alone);
    await expectSameAnswers();
  });
});

describe('the calling thread (in the app, the main process that serves the window)', () => {
  it('lets its event loop run every few hundred lines while it verifies a log itself', async () => {
    const lines = 5_000;
    // Not entries of any format: every line gets a finding, which is as much work for the loop as a good line.
    const text = textSource('memory:LONE', Array.from({ length: lines }, (_, i) => `{"note":"line ${i}"}`));
    let read = 0;
    const counted: LogSource = {
      ...text,
      async *lines() {
        for await (const line of text.lines()) {
          read++;
          yield line;
        }
      },
    };
    // Lines in memory come without any I/O: between two turns of the loop, only the review's own pauses.
    let most = 0;
    let since = 0;
    let ticking = true;
    const tick = () => {
      most = Math.max(most, read - since);
      since = read;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await reviewSources([counted], { threads: null });
    ticking = false;
    expect(result.files[0]!.lines).toBe(lines);
    expect(read).toBeGreaterThanOrEqual(lines); // and its first line once more, to place it in its chain
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(LINES_PER_SLICE + 1);
  });
});
