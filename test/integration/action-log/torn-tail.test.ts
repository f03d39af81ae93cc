import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeActions } from './log-fixtures';

// 2 actions: header (line 1), 6 entries (lines 2-7), the seal written at close (line 8).
let dir: ReturnType<typeof tempFolder>;
let file: string;
let goodBytes: Buffer;
const clock = () => new Date('2026-04-02T12:00:00Z');

beforeEach(async () => {
  dir = tempFolder();
  const log = await openLog(dir.path, { clock });
  await writeActions(log, 2);
  await log.close();
  file = join(dir.path, 'actions-2026-04.jsonl');
  goodBytes = readFileSync(file);
});
afterEach(() => dir.remove());

async function review(): Promise<ReviewResult> {
  const result = await reviewLogs([dir.path]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const findingsOf = (r: ReviewResult) => r.files.flatMap((f) => f.findings.map((x) => [x.kind, x.line]));

async function reopenAndCheck(tail: Buffer) {
  appendFileSync(file, tail);
  const before = await review();
  const log = await openLog(dir.path, { clock });
  const torn = log.findingsAtOpen.find((f) => f.kind === 'truncated');
  expect(torn).toMatchObject({ kind: 'truncated', file, line: 9, bytes: tail.length });
  const movedTo = torn!.kind === 'truncated' ? torn!.movedTo : '';
  expect(readFileSync(movedTo)).toEqual(tail); // kept, byte for byte
  expect(readdirSync(dir.path)).toContain('actions-2026-04.torn-20260402T120000000Z.jsonl');
  const next = await log.append(sampleEntry('note'));
  await log.close();
  expect(next.ok && next.value.seq).toBe(10); // header #9 of the new run, then this: nothing torn was counted
  const lines = readLinesOf(file);
  expect(Buffer.from(lines.slice(0, 8).map((l) => `${l}\n`).join(''))).toEqual(goodBytes); // never merged
  // The new run's header names what was set aside, so the log itself tells of the crash.
  expect(JSON.parse(lines[8]!)).toMatchObject({ type: 'header', setAside: { file: 'actions-2026-04.torn-20260402T120000000Z.jsonl', line: 9, bytes: tail.length } });
  const after = await review();
  expect(findingsOf(after)).toEqual([['set-aside', 9]]);
  expect(after.files[0]!.integrity).toEqual({ status: 'torn-tail', line: 9 });
  expect(after.tornFiles).toEqual([movedTo]);
  return { before, movedTo };
}

it('sets a line cut short aside, reports it, and chains on from the last good entry', async () => {
  const next = JSON.stringify({ ...JSON.parse(readLinesOf(file).at(-2)!), seq: 9 });
  const { before } = await reopenAndCheck(Buffer.from(next.slice(0, 57)));
  expect(before.files[0]!.integrity).toEqual({ status: 'torn-tail', line: 9 });
});

it('sets aside a complete-looking last line with no newline (its write never finished)', async () => {
  await reopenAndCheck(Buffer.from(readLinesOf(file).at(-2)!));
});

it('sets aside zeros a power cut left at the end', async () => {
  await reopenAndCheck(Buffer.alloc(700));
});

it('deleting the side file shows: the log names it', async () => {
  const { movedTo } = await reopenAndCheck(Buffer.alloc(100));
  rmSync(movedTo);
  const after = await review();
  expect(findingsOf(after)).toEqual([['set-aside', 9], ['deleted', 9]]);
  expect(after.files[0]!.integrity).toEqual({ status: 'broken', line: 9, kind: 'deleted' });
});

it('complete lines that do not verify are edits: they stay in place, and the chain goes on past them', async () => {
  const lines = readLinesOf(file);
  const at = lines[7]!.indexOf('"sig":"') + 10;
  lines[7] = lines[7]!.slice(0, at) + (lines[7]![at] === 'A' ? 'B' : 'A') + lines[7]!.slice(at + 1); // a signature replaced
  writeFileSync(file, Buffer.concat([Buffer.from(lines.map((l) => `${l}\n`).join('')), Buffer.alloc(40), Buffer.from('\n')]));
  const log = await openLog(dir.path, { clock });
  expect(log.findingsAtOpen.filter((f) => f.kind === 'truncated')).toEqual([]);
  await log.append(sampleEntry('note'));
  await log.close();
  expect(readdirSync(dir.path).filter((n) => n.includes('.torn-'))).toEqual([]);
  expect(findingsOf(await review())).toEqual([['bad-signature', 8], ['binary', 9]]);
});

it('chains on from the previous month when the newest file holds nothing good', async () => {
  const may = join(dir.path, 'actions-2026-05.jsonl');
  writeFileSync(may, '{"v":2,"seq":9,"ty');
  const log = await openLog(dir.path, { clock: () => new Date('2026-05-01T00:00:00Z') });
  expect(log.findingsAtOpen).toMatchObject([{ kind: 'truncated', file: may, line: 1, bytes: 18 }]);
  await writeActions(log, 1);
  await log.close();
  const r = await review();
  expect(r.files.map((f) => f.integrity.status)).toEqual(['verified', 'torn-tail']);
  expect(JSON.parse(readLinesOf(may)[0]!)).toMatchObject({ type: 'header', seq: 9 });
});
