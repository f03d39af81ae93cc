import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { sha256Hex } from '../../../main/action-log/entry-crypto';
import { buildLogChild } from './build-log-child';
import { tempFolder } from './log-fixtures';

/**
 * A writer killed with SIGKILL at 50 random moments, in the middle of its
 * appends or of opening (and so of setting a torn tail aside). SIGKILL cannot
 * cut a single small write() to a local file in half on Linux, so a torn last
 * line, what a power cut leaves, is also injected before every fourth run.
 * After every kill: the log verifies up to its last complete entry (a killed
 * run's last lines are reported as unsealed, a tail set aside as such) and
 * every entry the child reported as confirmed is there, unchanged.
 */
const RUNS = 50;
let dir: ReturnType<typeof tempFolder>;
let child: string;

beforeAll(async () => {
  dir = tempFolder();
  child = await buildLogChild(dir.path);
});
afterAll(() => dir.remove());

interface Run {
  lines: string[];
  exited: Promise<void>;
  kill(): void;
  opened: Promise<boolean>;
  /** Resolves once the child has confirmed `count` appends (or has exited). */
  confirmedAtLeast(count: number): Promise<void>;
}

function start(folder: string): Run {
  const proc = spawn(process.execPath, [child, folder, 'append'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let pending = '';
  let markOpened: (opened: boolean) => void = () => undefined;
  const opened = new Promise<boolean>((resolve) => (markOpened = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    const parts = (pending + chunk.toString()).split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
    if (parts.some((l) => l.startsWith('open '))) markOpened(true);
  });
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const confirmedNow = () => lines.filter((l) => l.startsWith('ok ')).length;
  proc.stdout.on('data', () => {
    for (const waiter of [...waiters]) if (confirmedNow() >= waiter.count) waiters.splice(waiters.indexOf(waiter), 1), waiter.resolve();
  });
  const exited = new Promise<void>((resolve) => proc.on('exit', () => (markOpened(false), waiters.splice(0).forEach((w) => w.resolve()), resolve())));
  return {
    lines,
    exited,
    opened,
    kill: () => proc.kill('SIGKILL'),
    confirmedAtLeast: (count) => (confirmedNow() >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tornFiles = (folder: string) => readdirSync(folder).filter((n) => n.includes('.torn-'));

/** What a power cut mid-write leaves: the start of the next line, with no newline. */
function injectTornTail(folder: string): string {
  const file = join(folder, readdirSync(folder).filter((n) => /^actions-\d{4}-\d{2}\.jsonl$/.test(n)).sort().at(-1)!);
  const last = readFileSync(file, 'utf8').trimEnd().split('\n').at(-1)!;
  const next = JSON.stringify({ ...JSON.parse(last), seq: JSON.parse(last).seq + 1 });
  const torn = next.slice(0, 1 + Math.floor(Math.random() * (next.length - 2)));
  appendFileSync(file, torn);
  return torn;
}

it('loses no confirmed entry and keeps the chain intact across 50 SIGKILLs', { timeout: 120_000 }, async () => {
  const folder = join(dir.path, 'log');
  const confirmed = new Map<number, string>();
  mkdirSync(folder);
  let torn: { text: string; sideFilesBefore: number } | null = null;
  for (let run = 0; run < RUNS; run++) {
    if (run % 4 === 3) torn = { sideFilesBefore: tornFiles(folder).length, text: injectTornTail(folder) };
    const proc = start(folder);
    // Every fifth run dies while it may still be opening; the others after a few confirmed appends
    // (counted, not timed, so a loaded machine kills as many appends as an idle one), then a moment more
    // so the kill may also land in the middle of the next append.
    if (run % 5 === 0) await pause(Math.random() * 150);
    else if (await proc.opened) {
      await proc.confirmedAtLeast(2 + Math.floor(Math.random() * 3));
      await pause(Math.random() * 5);
    }
    proc.kill();
    await proc.exited;

    for (const line of proc.lines) {
      const [word, seq, hash] = line.split(' ');
      if (word === 'error') throw new Error(`run ${run}: ${line}`);
      if (word === 'ok') confirmed.set(Number(seq), hash!);
      if (word === 'open' && torn) {
        // The first open to finish after the injection reports the tail, unless a killed open had set it aside already.
        const reported = (JSON.parse(line.slice(5)) as Array<{ kind: string; movedTo?: string }>).find((f) => f.kind === 'truncated');
        if (reported) expect(readFileSync(reported.movedTo!, 'utf8')).toBe(torn.text);
        else expect(tornFiles(folder).length).toBeGreaterThan(torn.sideFilesBefore);
        torn = null;
      }
    }

    const review = await reviewLogs([folder]);
    if (!review.ok) throw new Error(review.error.message);
    const findings = review.value.files.flatMap((f) => f.findings);
    // A torn tail may only remain when the run died before it could set it aside.
    const lastFile = review.value.files.at(-1)!;
    const expected = (f: (typeof findings)[number]) => f.kind === 'unsealed' || f.kind === 'set-aside' || (f.kind === 'truncated' && f.file === lastFile.path && f.line === lastFile.lines);
    expect(findings.filter((f) => !expected(f))).toEqual([]);
    const onDisk = new Map<number, string>();
    for (const file of review.value.files) {
      for (const text of readFileSync(file.path, 'utf8').split('\n').slice(0, -1)) {
        const { seq } = JSON.parse(text) as { seq: number };
        onDisk.set(seq, sha256Hex(`${text}\n`));
      }
    }
    for (const [seq, hash] of confirmed) expect(onDisk.get(seq), `run ${run}: entry #${seq}`).toBe(hash);
  }
  expect(confirmed.size).toBeGreaterThan(RUNS); // the kills did land among appends
});
