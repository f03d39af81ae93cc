import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../main/base/logger';
import { CURSOR_FILE, loadCursor } from '../../../main/forwarding/forward-cursor';
import { createFakeClock } from '../../support/fake-clock';
import { startRsyslog } from '../../support/rsyslog-collector';
import { useTempDirs } from '../../support/temp-dir';
import { openLog, sampleEntry } from '../action-log/log-fixtures';
import { bodiesOf, forwardWithStatus, localLines } from './forwarding-harness';

const tempDir = useTempDirs();

async function append(log: Awaited<ReturnType<typeof openLog>>, count: number) {
  for (let i = 0; i < count; i++) {
    const written = await log.append(sampleEntry('requested', { ticket: `INC-${i}` }));
    if (!written.ok) throw new Error(written.error.message);
  }
}

/** The position is written after delivery is reported (off the event loop); these hold what that must not change. */
describe('the saved position', () => {
  it('is written by the time the forwarder has closed, so the next start sends nothing again', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const log = await openLog(path.join(dir, 'log'));
    const config = { address: collector.address, transport: 'tcp' as const };
    const clock = createFakeClock();
    let run = forwardWithStatus(log, config, clock);
    try {
      await append(log, 12);
      await run.drain();
      await run.forwarder.close();
      expect(loadCursor(log.folder, collector.address)).toMatchObject({ seq: log.tip().seq });

      const received = collector.lines().length;
      run = forwardWithStatus(log, config, clock);
      await run.waitFor((s) => s.state === 'connected' && s.pending === 0);
      await append(log, 1);
      await run.drain();
      // Only the new line went: nothing before it was sent twice.
      expect(collector.lines().length).toBe(received + 1);
      expect(bodiesOf(collector.lines())).toEqual(localLines(log));
    } finally {
      await run.forwarder.close();
      await log.close();
      await collector.close();
    }
  });

  it('that cannot be written does not stop delivery: every line arrives, the status shows no problem, and it is warned about once', async () => {
    const dir = tempDir();
    const collector = await startRsyslog(path.join(dir, 'collector'), null);
    const log = await openLog(path.join(dir, 'log'));
    // A folder, not empty, where the position file goes: every write of it fails.
    mkdirSync(path.join(log.folder, CURSOR_FILE));
    writeFileSync(path.join(log.folder, CURSOR_FILE, 'in-the-way'), '');
    const warnings: string[] = [];
    const logger: Logger = { info: () => undefined, warn: (message) => void warnings.push(message), error: (message) => void warnings.push(message) };
    const run = forwardWithStatus(log, { address: collector.address, transport: 'tcp' }, createFakeClock(), 'desk-07', undefined, logger);
    try {
      for (let round = 0; round < 3; round++) {
        await append(log, 4);
        await run.drain(); // each round ends in a confirmed connection and an attempt to save the position
      }
      expect(bodiesOf(collector.lines())).toEqual(localLines(log));
      expect(run.forwarder.status()).toMatchObject({ state: 'connected', pending: 0, lastError: null });
    } finally {
      await run.forwarder.close();
      await log.close();
      await collector.close();
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be saved.*may be sent again/);
  });
});
