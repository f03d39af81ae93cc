import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActionLog } from '../../../main/action-log/action-log';
import { acquireFolderLock } from '../../../main/action-log/folder-lock';
import { createFakeClock } from '../../support/fake-clock';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { buildLogChild } from './build-log-child';
import { openLog, sampleEntry, tempFolder, writeActions } from './log-fixtures';

let build: ReturnType<typeof tempFolder>;
let child: string;
let dir: ReturnType<typeof tempFolder>;
beforeAll(async () => {
  build = tempFolder();
  child = await buildLogChild(build.path);
});
afterAll(() => build.remove());
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

const lockFile = () => join(dir.path, 'action-log.lock');
const another = () => createActionLog({ folder: dir.path, secretStore: createProcessSecretStore(Buffer.alloc(32, 7)), appVersion: 'x' });
const runChild = (mode: string) => spawnSync(process.execPath, [child, dir.path, mode]).stdout.toString().trim();

it('a second writer on the same folder gets log_locked, until the first closes', async () => {
  const first = await openLog(dir.path);
  expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
  const refused = await another();
  expect(refused).toMatchObject({ ok: false, error: { code: 'log_locked' } });
  expect(!refused.ok && refused.error.message).toContain(`process ${process.pid}`);
  expect(runChild('open')).toBe('error log_locked'); // a second app instance
  await first.close();
  expect(existsSync(lockFile())).toBe(false);
  expect(runChild('open')).toMatch(/^open /);
});

it('takes over the lock of a writer that was killed, and says so', async () => {
  const holder = spawn(process.execPath, [child, dir.path, 'hold'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => holder.stdout.once('data', resolve));
  expect(await another()).toMatchObject({ ok: false, error: { code: 'log_locked' } });
  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.once('exit', resolve));
  const log = await openLog(dir.path);
  expect(log.findingsAtOpen).toContainEqual(expect.objectContaining({ kind: 'stale-lock', pid: holder.pid }));
  expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
  await writeActions(log, 1);
  await log.close();
});

it('an unreadable lock file is treated as stale', async () => {
  writeFileSync(lockFile(), 'garbage');
  const log = await openLog(dir.path);
  expect(log.findingsAtOpen.map((f) => f.kind)).toContain('stale-lock');
  await log.close();
});

describe('a lock whose pid now belongs to another process', () => {
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  const plantLock = (pid: number, touched: Date) => {
    writeFileSync(lockFile(), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z', nonce: 'an-earlier-run' }));
    utimesSync(lockFile(), touched, touched);
  };

  it('is taken over when its heartbeat stopped, and the finding says why', async () => {
    // The parent of this test process runs, and is certainly not a Passcode Desk that holds this folder.
    plantLock(process.ppid, minutesAgo(10));
    const log = await openLog(dir.path);
    expect(log.findingsAtOpen).toContainEqual(
      expect.objectContaining({ kind: 'stale-lock', pid: process.ppid, message: expect.stringContaining('now belongs to another program') }),
    );
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await writeActions(log, 1);
    await log.close();
  });

  it('is respected while its heartbeat is fresh: a live owner keeps the log', async () => {
    plantLock(process.ppid, new Date(Date.now() + 60 * 60_000)); // touched "now", whatever the machine's pace
    expect(await another()).toMatchObject({ ok: false, error: { code: 'log_locked' } });
  });

  it('an owner keeps its lock fresh, so a long-running instance is never taken for a stale one', () => {
    const lock = acquireFolderLock(dir.path);
    if (!lock.ok) throw new Error(lock.error.message);
    utimesSync(lockFile(), minutesAgo(10), minutesAgo(10)); // as if the last beat were long ago
    lock.value.heartbeat();
    expect(statSync(lockFile()).mtimeMs).toBeGreaterThan(minutesAgo(1).getTime());
    expect(runChild('open')).toBe('error log_locked');
    lock.value.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('an owner that finds its lock taken over stops writing, so the chain never forks', async () => {
    // The heartbeat waits on the test's clock: each beat is one the test gives, never one real time brings.
    const clock = createFakeClock();
    const timing = { heartbeatMs: 10_000, staleAfterMs: 60_000 };
    const log = await openLog(dir.path, { lockTiming: timing, lockSleep: clock.sleep });
    await writeActions(log, 1);
    expect(clock.pending()).toEqual([timing.heartbeatMs]); // one beat armed
    await clock.advance(timing.heartbeatMs); // a beat while the lock is still ours keeps it and arms the next
    expect(clock.pending()).toEqual([timing.heartbeatMs]);
    expect(await log.append(sampleEntry('note'))).toMatchObject({ ok: true });
    // Another instance took the lock while this one was suspended past the stale limit.
    writeFileSync(lockFile(), JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString(), nonce: 'the-new-owner' }));
    expect(await log.append(sampleEntry('note'))).toMatchObject({ ok: true }); // nobody has looked yet
    await clock.advance(timing.heartbeatMs); // the next beat finds the lock is no longer ours
    expect(clock.pending()).toEqual([]); // and stops beating
    const refused = await log.append(sampleEntry('note'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'log_error', message: expect.stringContaining('took over the action log'), say: { code: 'logStoppedTakenOver', params: {} } } });
    await log.close();
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ nonce: 'the-new-owner' }); // not ours to remove
  });

  it('stops its heartbeat when the log closes', async () => {
    const clock = createFakeClock();
    const log = await openLog(dir.path, { lockSleep: clock.sleep });
    expect(clock.pending()).toHaveLength(1);
    await log.close();
    expect(clock.pending()).toEqual([]);
    expect(existsSync(lockFile())).toBe(false);
  });
});
