import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runVerify } from '../../../main/review/verify-cli';
import { openLog, readLinesOf, tempFolder, writeActions, writeLinesTo } from '../action-log/log-fixtures';

// The auditor's command line, on real log files of several machines.
let dir: ReturnType<typeof tempFolder>;
const machines = ['PC-ONE', 'PC-TWO'];

beforeEach(async () => {
  dir = tempFolder();
  for (const machine of machines) {
    const log = await openLog(join(dir.path, machine), { clock: () => new Date('2026-07-01T10:00:00Z'), machineName: machine });
    await writeActions(log, 2);
    await log.close();
  }
});
afterEach(() => dir.remove());

async function verify(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerify(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

it('prints one line per chain and exits 0 when every chain verifies', async () => {
  const { code, out } = await verify(...machines.map((m) => join(dir.path, m)));
  expect(code).toBe(0);
  const chains = out.filter((line) => !line.startsWith(' '));
  expect(chains).toHaveLength(2);
  expect(chains.map((line) => line.split('  ').slice(0, 2))).toEqual([['VERIFIED', 'PC-ONE'], ['VERIFIED', 'PC-TWO']]);
});

it('exits 1 on a finding, names the chain, file and line; --json gives the same as data', async () => {
  const file = join(dir.path, 'PC-TWO', 'actions-2026-07.jsonl');
  const lines = readLinesOf(file);
  lines.splice(2, 1);
  writeLinesTo(file, lines);
  const text = await verify(join(dir.path, 'PC-ONE'), join(dir.path, 'PC-TWO'));
  expect(text.code).toBe(1);
  expect(text.out.find((l) => l.includes('PC-TWO'))).toMatch(/^BROKEN at line 3/);
  expect(text.out).toContain('    deleted line 3: entry #3 is missing before this line');
  const json = await verify('--json', join(dir.path, 'PC-ONE'), join(dir.path, 'PC-TWO'));
  expect(json.code).toBe(1);
  const data = JSON.parse(json.out.join('\n'));
  expect(data.exitCode).toBe(1);
  expect(data.chains.map((c: { machineName: string; integrity: { status: string } }) => [c.machineName, c.integrity.status])).toEqual([['PC-ONE', 'verified'], ['PC-TWO', 'broken']]);
});

it('exits 2 on a usage or read error', async () => {
  expect((await verify()).code).toBe(2);
  expect((await verify('--jsn', dir.path)).code).toBe(2);
  const missing = await verify(join(dir.path, 'no-such-folder'));
  expect(missing.code).toBe(2);
  expect(missing.out.join('\n')).toMatch(/no-such-folder: cannot be read/);
});

// An admin copies each machine's log folder into one folder and opens that one: the machines' subfolders are read.
it('verifies the logs in the subfolders of an opened folder, one chain per machine', async () => {
  const { code, out } = await verify(dir.path);
  expect(out.filter((line) => !line.startsWith(' ')).map((line) => line.split('  ').slice(0, 2))).toEqual([['VERIFIED', 'PC-ONE'], ['VERIFIED', 'PC-TWO']]);
  expect(code).toBe(0);
});

it('finds a log copied with its data folders, three levels down', async () => {
  const deep = join(dir.path, 'site', 'PC-THREE', 'Passcode Desk', 'action-log');
  const log = await openLog(deep, { clock: () => new Date('2026-07-01T10:00:00Z'), machineName: 'PC-THREE' });
  await writeActions(log, 1);
  await log.close();
  const { out } = await verify(join(dir.path, 'site'));
  expect(out.filter((line) => !line.startsWith(' ')).map((line) => line.split('  ').slice(0, 2))).toEqual([['VERIFIED', 'PC-THREE']]);
});

// A review of nothing must not pass for a clean one: a script reading exit 0 would believe logs were verified.
it('exits 2 and says so when an opened folder holds no log, even in its subfolders', async () => {
  const empty = join(dir.path, 'empty');
  mkdirSync(join(empty, 'a', 'b'), { recursive: true });
  const { code, out } = await verify(empty);
  expect(code).toBe(2);
  expect(out.join('\n')).toContain(`SKIPPED  ${empty}: no action log file (actions-YYYY-MM.jsonl) in this folder or its subfolders`);
});

it('names an opened folder whose subfolders go deeper than are searched, and still verifies what it found', async () => {
  mkdirSync(join(dir.path, 'PC-ONE', 'a', 'b', 'c', 'd'), { recursive: true });
  const { code, out } = await verify(dir.path);
  expect(out.filter((line) => line.startsWith('VERIFIED'))).toHaveLength(2);
  expect(out).toContain(`SKIPPED  ${dir.path}: subfolders more than 3 levels down were not searched: open those folders themselves`);
  expect(code).toBe(1);
});
