import { existsSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewLogs } from '../../../main/action-log/action-log';
import { logRefusal } from '../../../main/base/said-error';
import { sharedText } from '../../../shared/i18n/catalogue';
import { word } from '../../../shared/messages/coded-message';
import { openLog, sampleEntry, tempFolder, writeActions } from './log-fixtures';

/**
 * The writer's "write failed" stop, on a real file whose writes fail: the new
 * month's file is the OS's full device (/dev/full answers every write with
 * ENOSPC and cannot be truncated), so the failed write cannot be cut back off
 * and the writer must refuse every later entry rather than chain onto bytes it
 * cannot vouch for. Nothing written before is lost, and a restart with a
 * working file continues the same chain.
 */
const fullDevice = '/dev/full';

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

it.skipIf(!existsSync(fullDevice))('refuses the action whose write failed and every later one, with coded messages, and loses nothing written before (needs /dev/full, a Linux device)', async () => {
  let now = new Date('2026-10-31T23:50:00Z');
  const log = await openLog(dir.path, { clock: () => now });
  await writeActions(log, 2);

  // November's file: every write to it fails, as on a disk that filled up.
  const november = join(dir.path, 'actions-2026-11.jsonl');
  symlinkSync(fullDevice, november);
  now = new Date('2026-11-01T00:05:00Z');

  const first = await log.append(sampleEntry('requested', { ticket: 'INC-2001' }));
  expect(first).toMatchObject({ ok: false, error: { code: 'log_error', say: { code: 'logWriteFailed', params: { cause: 'ENOSPC' } } } });
  // October was sealed when the month turned; that seal is the last line the chain holds.
  const sealedOctober = log.tip();
  expect(sealedOctober.seq).toBe(8);
  const second = await log.append(sampleEntry('requested', { ticket: 'INC-2002' }));
  expect(second).toMatchObject({ ok: false, error: { code: 'log_error', say: { code: 'logStoppedWriteFailed', params: { file: november, cause: 'ENOSPC' } } } });
  expect(log.tip()).toEqual(sealedOctober);

  // The window shows the stop in its own words (no English nested in Italian), with the OS code for support.
  const refusal = logRefusal('logNotWritten', second.ok ? (null as never) : second.error);
  expect(word(sharedText.it.appMessages, refusal.say!)).toContain('(il disco è pieno, codice ENOSPC)');
  expect(word(sharedText.en.appMessages, refusal.say!)).toContain(`writing ${november} failed (the disk is full, code ENOSPC)`);
  await log.close();

  // Nothing lost: October's two actions are there and verify; the refused ones were never written.
  unlinkSync(november);
  const afterStop = await reviewLogs([dir.path]);
  if (!afterStop.ok) throw new Error(afterStop.error.message);
  expect(afterStop.value.files.map((f) => f.integrity.status)).toEqual(['verified']);
  expect(afterStop.value.rows.all().map((r) => r.ticket)).toEqual(['INC-0', 'INC-1']);

  // After a restart with a working file the same chain goes on, with no gap.
  const reopened = await openLog(dir.path, { clock: () => now });
  const resumed = await reopened.append(sampleEntry('requested', { ticket: 'INC-2003' }));
  expect(resumed.ok).toBe(true);
  await reopened.close();
  const review = await reviewLogs([dir.path]);
  if (!review.ok) throw new Error(review.error.message);
  expect(review.value.chains).toHaveLength(1);
  expect(review.value.chains[0]!.integrity.status).toBe('verified');
  expect(review.value.rows.all().map((r) => r.ticket)).toEqual(['INC-0', 'INC-1', 'INC-2003']);
});
