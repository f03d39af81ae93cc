import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { forbidSubstrings } from '../../../shared/log/secret-guard';
import { openLog, sampleEntry, tempFolder } from './log-fixtures';

let dir: ReturnType<typeof tempFolder>;
beforeEach(() => {
  dir = tempFolder();
});
afterEach(() => dir.remove());

const logText = () =>
  readdirSync(dir.path)
    .filter((n) => n.endsWith('.jsonl'))
    .map((n) => readFileSync(join(dir.path, n), 'utf8'))
    .join('');

it('refuses an entry holding a registered secret, and nothing reaches the file', async () => {
  const passcode = '739154';
  const log = await openLog(dir.path, { isSecret: forbidSubstrings([passcode, 'a"quote\\secret']) });
  const before = logText();
  for (const entry of [
    sampleEntry('note', { note: `told the user ${passcode}` }),
    sampleEntry('requested', { ticket: `INC-${passcode}` }),
    sampleEntry('failed', { error: { code: 'x', message: 'a"quote\\secret leaked' } }), // hidden by JSON escaping in the line
  ]) {
    const result = await log.append(entry);
    expect(result).toMatchObject({ ok: false, error: { code: 'log_error' } });
    expect(!result.ok && result.error.message).toContain('registered as secret');
  }
  expect(logText()).toBe(before);
  const next = await log.append(sampleEntry('note'));
  expect(next.ok && next.value.seq).toBe(2); // refused entries took no sequence number
  await log.close();
  expect(logText()).not.toContain(passcode);
});

it('refuses anything that looks like a token even when nobody registered it', async () => {
  const log = await openLog(dir.path);
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';
  expect(await log.append(sampleEntry('failed', { error: { code: 'x', message: `token ${jwt}` } }))).toMatchObject({ ok: false });
  expect(await log.append(sampleEntry('note', { note: 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345' }))).toMatchObject({ ok: false });
  await log.close();
  expect(logText()).not.toContain('eyJ');
});
