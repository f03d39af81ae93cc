import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeActions } from './log-fixtures';

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

async function reopenAndCheck(tail: Buffer) {
  appendFileSync(file, tail);
  const before = await reviewLogs([dir.path]);
  if (!before.ok) throw new Error(before.error.message);
  const log = await openLog(dir.path, { clock });
  const torn = log.findingsAtOpen.find((f) => f.kind === 'truncated');
  expect(torn).toMatchObject({ kind: 'truncated', file, line: 8, bytes: tail.length });
  const movedTo = torn!.kind === 'truncated' ? torn!.movedTo : '';
  expect(readFileSync(movedTo)).toEqual(tail); // kept, byte for byte
  expect(readdirSync(dir.path)).toContain('actions-2026-04.torn-20260402T120000000Z.jsonl');
  const next = await log.append(sampleEntry('note'));
  await log.close();
  expect(next.ok && next.value.seq).toBe(9); // header #8 of the new run, then this: nothing torn was counted
  const lines = readLinesOf(file);
  expect(Buffer.from(lines.slice(0, 7).map((l) => `${l}\n`).join(''))).toEqual(goodBytes); // never merged
  const after = await reviewLogs([dir.path]);
  if (!after.ok) throw new Error(after.error.message);
  expect(after.value.files[0]!.integrity).toEqual({ status: 'verified' });
  expect(after.value.tornFiles).toEqual([movedTo]);
  return before.value;
}

it('sets a line cut short aside, reports it, and chains on from the last good entry', async () => {
  const next = JSON.stringify({ ...JSON.parse(readLinesOf(file).at(-1)!), seq: 8 });
  const before = await reopenAndCheck(Buffer.from(next.slice(0, 57)));
  expect(before.files[0]!.integrity).toEqual({ status: 'torn-tail', line: 8 });
});

it('sets aside a complete-looking last line with no newline (its write never finished)', async () => {
  await reopenAndCheck(Buffer.from(readLinesOf(file).at(-1)!));
});

it('sets aside zeros a power cut left at the end, even with newlines among them', async () => {
  await reopenAndCheck(Buffer.concat([Buffer.alloc(700), Buffer.from('\n'), Buffer.alloc(300), Buffer.from('\n')]));
});

it('chains on from the previous month when the newest file holds nothing good', async () => {
  const may = join(dir.path, 'actions-2026-05.jsonl');
  writeFileSync(may, '{"v":1,"seq":8,"ty');
  const log = await openLog(dir.path, { clock: () => new Date('2026-05-01T00:00:00Z') });
  expect(log.findingsAtOpen).toMatchObject([{ kind: 'truncated', file: may, line: 1, bytes: 18 }]);
  await writeActions(log, 1);
  await log.close();
  const r = await reviewLogs([dir.path]);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.files.map((f) => f.integrity.status)).toEqual(['verified', 'verified']);
  expect(JSON.parse(readLinesOf(may)[0]!)).toMatchObject({ type: 'header', seq: 8 });
});
