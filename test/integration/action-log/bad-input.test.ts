import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { openLog, tempFolder, writeActions } from './log-fixtures';

let dir: ReturnType<typeof tempFolder>;
afterEach(() => dir.remove());

it('reports every bad line where it is, and still reviews and folds the rest', async () => {
  dir = tempFolder();
  const log = await openLog(dir.path);
  const ids = await writeActions(log, 3);
  await log.close();
  const name = readdirSync(dir.path).find((n) => n.startsWith('actions-'))!;
  const file = join(dir.path, name);
  const good = readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const wrongVersion = JSON.stringify({ ...JSON.parse(good[1]!), v: 3 });
  const junk = randomBytes(300).map((b) => (b === 0x0a ? 0 : b));
  junk[0] = 0; // certainly not text
  const body = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(`${good.slice(0, 3).join('\n')}\n`),
    Buffer.from('this is not {json\n'),
    Buffer.from(`${wrongVersion}\n`),
    Buffer.from(`"${'x'.repeat(5 * 1024 * 1024)}"\n`),
    junk,
    Buffer.from('\n{"v":1,"type":"note"}\n'),
    Buffer.from(`${good.slice(3).join('\n')}\n`),
  ]);
  writeFileSync(file, body);
  const empty = join(dir.path, 'actions-2000-01.jsonl');
  writeFileSync(empty, '');

  const result = await reviewLogs([dir.path]);
  if (!result.ok) throw new Error(result.error.message);
  const [emptyReview, review] = result.value.files;
  expect(emptyReview).toMatchObject({ path: empty, integrity: { status: 'empty' }, entries: 0 });
  expect(emptyReview!.findings.map((f) => [f.kind, f.line])).toEqual([['empty-file', 0]]);
  expect(review!.findings.map((f) => [f.kind, f.line])).toEqual([
    ['bom', 1],
    ['not-json', 4],
    ['wrong-version', 5],
    ['too-long', 6],
    ['binary', 7],
    ['invalid-entry', 8],
  ]);
  expect(review!.integrity).toEqual({ status: 'broken', line: 4, kind: 'not-json' });
  expect(review).toMatchObject({ entries: 9, headers: 1, lines: 16 });
  expect(result.value.rows.all().map((r) => [r.actionId, r.entryCount, r.lastState])).toEqual(ids.map((id) => [id, 3, 'pending']));
  // The unreadable copy names its action, so that action's row carries the finding; the others are clean.
  expect(result.value.rows.all().map((r) => r.findings)).toEqual([['wrong-version'], [], []]);
});

it('a BOM alone is noted but does not break an otherwise intact file', async () => {
  dir = tempFolder();
  const log = await openLog(dir.path);
  await writeActions(log, 1);
  await log.close();
  const file = join(dir.path, readdirSync(dir.path).find((n) => n.startsWith('actions-'))!);
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
  const result = await reviewLogs([file]);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.value.files[0]!.integrity).toEqual({ status: 'verified' });
  expect(result.value.files[0]!.findings.map((f) => f.kind)).toEqual(['bom']);
});
