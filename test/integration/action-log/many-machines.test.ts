import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { MAX_FINDINGS_PER_FILE } from '../../../main/action-log/finding-list';
import type { ReviewResult } from '../../../shared/log/review-result';
import { openLog, readLinesOf, sampleEntry, tempFolder, writeActions, writeLinesTo } from './log-fixtures';

// Logs copied from several technicians' machines: every file is named actions-2026-06.jsonl.
let dir: ReturnType<typeof tempFolder>;
const machines = ['PC-ALPHA', 'PC-BRAVO', 'PC-CHARLIE', 'PC-DELTA'];
const clock = () => new Date('2026-06-10T09:00:00Z');

beforeEach(async () => {
  dir = tempFolder();
  for (const [i, machine] of machines.entries()) {
    const folder = join(dir.path, machine);
    const log = await openLog(folder, { clock, machineName: machine });
    await writeActions(log, 2);
    if (i === 0) {
      // An older copy of this machine's log, taken here; the machine went on logging after it.
      await log.readOwnEntries();
      mkdirSync(join(dir.path, 'old-copy'));
      copyFileSync(join(folder, 'actions-2026-06.jsonl'), join(dir.path, 'old-copy', 'actions-2026-06.jsonl'));
      await log.append(sampleEntry('note', { technician: { upn: 'second@contoso.example', objectId: 'o-2' } }));
    }
    await log.close();
  }
});
afterEach(() => dir.remove());

async function review(paths: string[]): Promise<ReviewResult> {
  const result = await reviewLogs(paths);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const allFolders = () => [...machines, 'old-copy'].map((m) => join(dir.path, m));

it('four installations and an older copy of one open as four verified chains', async () => {
  const r = await review(allFolders());
  expect(r.chains.map((c) => [c.machineName, c.integrity.status, c.findingCount])).toEqual(machines.map((m) => [m, 'verified', 0]));
  const alpha = r.chains[0]!;
  expect(alpha.files).toEqual([join(dir.path, 'PC-ALPHA', 'actions-2026-06.jsonl'), join(dir.path, 'old-copy', 'actions-2026-06.jsonl')]);
  expect(alpha.technicians).toEqual(['second@contoso.example', 'tech@contoso.example']);
  expect(r.files.find((f) => f.path.includes('old-copy'))).toMatchObject({ copyOf: join(dir.path, 'PC-ALPHA', 'actions-2026-06.jsonl'), integrity: { status: 'verified' } });
  expect(alpha.entries).toBe(7); // the copy's lines were compared, not counted twice
  expect(r.rows).toHaveLength(4 * 2 + 1);
  expect(new Set(r.rows.all().map((row) => row.chain)).size).toBe(4);
  expect(r.chains.every((c) => c.installId !== null && c.fingerprints.length === 1 && c.fromGenesis)).toBe(true);
});

it('a line deleted from one chain is flagged on that chain only', async () => {
  const file = join(dir.path, 'PC-CHARLIE', 'actions-2026-06.jsonl');
  const lines = readLinesOf(file);
  lines.splice(3, 1);
  writeLinesTo(file, lines);
  const r = await review(allFolders());
  expect(r.chains.map((c) => [c.machineName, c.integrity.status])).toEqual([
    ['PC-ALPHA', 'verified'],
    ['PC-BRAVO', 'verified'],
    ['PC-CHARLIE', 'broken'],
    ['PC-DELTA', 'verified'],
  ]);
  expect(r.files.find((f) => f.path === file)!.findings.map((f) => [f.kind, f.line])).toEqual([['deleted', 4]]);
});

it('copies that disagree: the differing line is a finding naming both files; the intact chain is not blamed', async () => {
  const original = join(dir.path, 'PC-ALPHA', 'actions-2026-06.jsonl');
  const copies = [1, 2, 3].map((n) => join(dir.path, `copy-${n}`, 'actions-2026-06.jsonl'));
  for (const copy of copies) {
    mkdirSync(join(copy, '..'));
    copyFileSync(original, copy);
  }
  const damaged = readLinesOf(copies[1]!);
  damaged.splice(4, 1); // a line deleted from one copy
  writeLinesTo(copies[1]!, damaged);
  const edited = readLinesOf(copies[2]!);
  edited[1] = edited[1]!.replace('INC-0', 'INC-7');
  writeLinesTo(copies[2]!, edited);
  const r = await review([join(dir.path, 'PC-ALPHA'), ...copies.map((c) => join(c, '..'))]);
  expect(r.chains).toHaveLength(1);
  const byFile = (path: string) => r.files.find((f) => f.path === path)!;
  expect(byFile(original).findings).toEqual([]);
  expect(byFile(copies[0]!).findings).toEqual([]);
  expect(byFile(copies[1]!).findings.map((f) => [f.kind, f.line])).toEqual([['copy-differs', 5]]);
  expect(byFile(copies[1]!).findings[0]!.say.params).toMatchObject({ line: '5', file: original });
  expect(byFile(copies[2]!).findings.map((f) => [f.kind, f.line])).toEqual([['copy-differs', 2]]);
  expect(byFile(copies[2]!).findings[0]!.say.params).toMatchObject({ line: '2', file: original });
  expect(r.chains[0]!.integrity).toMatchObject({ status: 'broken', kind: 'copy-differs' });
});

it('bounded: findings per file are capped with the count of the rest; folders and links named like logs are skipped', async () => {
  const junk = join(dir.path, 'junk');
  mkdirSync(junk);
  writeFileSync(join(junk, 'actions-2026-01.jsonl'), 'x\n'.repeat(5000));
  mkdirSync(join(junk, 'actions-2026-02.jsonl'));
  symlinkSync(join(junk, 'actions-2026-03.jsonl'), join(junk, 'actions-2026-03.jsonl')); // a link loop
  const r = await review([junk]);
  expect(r.files).toHaveLength(1);
  expect(r.files[0]!.findingCount).toBe(5000);
  expect(r.files[0]!.findings).toHaveLength(MAX_FINDINGS_PER_FILE);
  expect(r.skipped.map((s) => [s.path.split('/').pop(), s.reason.code])).toEqual([
    ['actions-2026-02.jsonl', 'folder'],
    ['actions-2026-03.jsonl', 'link'],
  ]);
  expect(readdirSync(junk)).toHaveLength(3);
});
