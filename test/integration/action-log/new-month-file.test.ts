import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { openLog, sampleEntry, tempFolder, writeActions } from './log-fixtures';

/**
 * A month's file must never exist without its header. The writer used to create the file, then write the
 * header into it: a crash (or a failed write) between the two left an empty month file, which the review
 * reports as a finding (emptied by someone?) on a log nobody touched. The crash-safety soak hit it about once
 * in many runs (a SIGKILL landing in that gap); here a header write that fails makes the same gap every time.
 */
const fail = vi.hoisted(() => ({ headerWrites: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const isHeader = (data: unknown) => Buffer.isBuffer(data) && data.includes('"type":"header"');
  return {
    ...fs,
    writeSync: (fd: number, data: never, ...rest: never[]) => {
      if (fail.headerWrites && isHeader(data)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    },
  };
});

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
  fail.headerWrites = false;
});
afterEach(() => dir.remove());

it('leaves no empty month file when the new month header cannot be written, and the next append starts it whole', async () => {
  let now = new Date('2026-10-31T23:50:00Z');
  const log = await openLog(dir.path, { clock: () => now });
  await writeActions(log, 1);

  now = new Date('2026-11-01T00:05:00Z');
  fail.headerWrites = true;
  const refused = await log.append(sampleEntry('requested', { ticket: 'INC-2001' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'log_error', say: { code: 'logWriteFailed', params: { cause: 'ENOSPC' } } } });
  // No November file at all (and no temp file beside October's): nothing a review could read as emptied.
  expect(readdirSync(dir.path).filter((name) => name.startsWith('actions-'))).toEqual(['actions-2026-10.jsonl']);
  const meanwhile = await reviewLogs([dir.path]);
  if (!meanwhile.ok) throw new Error(meanwhile.error.message);
  expect(meanwhile.value.files.flatMap((f) => f.findings)).toEqual([]);

  fail.headerWrites = false;
  const written = await log.append(sampleEntry('requested', { ticket: 'INC-2002' }));
  expect(written.ok).toBe(true);
  await log.close();
  const november = readFileSync(join(dir.path, 'actions-2026-11.jsonl'), 'utf8').split('\n');
  expect(JSON.parse(november[0]!)).toMatchObject({ type: 'header' });
  const after = await reviewLogs([dir.path]);
  if (!after.ok) throw new Error(after.error.message);
  expect(after.value.files.map((f) => [f.integrity.status, f.findings.length])).toEqual([
    ['verified', 0],
    ['verified', 0],
  ]);
  expect(after.value.rows.all().map((row) => row.ticket)).toEqual(['INC-0', 'INC-2002']);
});
