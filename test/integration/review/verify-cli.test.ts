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
