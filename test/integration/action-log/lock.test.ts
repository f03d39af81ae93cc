import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createActionLog } from '../../../main/action-log/action-log';
import { createProcessSecretStore } from '../../support/process-secret-store';
import { buildLogChild } from './build-log-child';
import { openLog, tempFolder, writeActions } from './log-fixtures';

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
