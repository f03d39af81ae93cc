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

it('a held passcode is refused in the fields that carry Graph\'s answer, not as a substring of every entry', async () => {
  const passcode = '4711';
  const log = await openLog(dir.path, { isResultSecret: forbidSubstrings([passcode]) });
  // Another device's request and an action's final state that merely contain the digits are written.
  const requested = sampleEntry('requested', { ticket: 'INC-47110', device: { id: 'd-47115', name: 'Kiosk 4711' } });
  expect(await log.append(requested)).toMatchObject({ ok: true });
  expect(await log.append(sampleEntry('state', { actionId: requested.actionId, state: 'done' }))).toMatchObject({ ok: true });
  expect(await log.append(sampleEntry('note', { actionId: requested.actionId, note: 'Called the user back at ext. 4711' }))).toMatchObject({ ok: true });
  // Graph's own words, echoed into an error or a request id, are where a generated passcode could leak.
  for (const leak of [
    sampleEntry('state', { state: 'failed', error: { code: 'graph_error', message: `Intune said: passcode ${passcode} rejected` } }),
    sampleEntry('accepted', { graphRequestId: `req-${passcode}` }),
  ]) {
    const result = await log.append(leak);
    expect(result).toMatchObject({ ok: false, error: { code: 'log_error' } });
  }
  await log.close();
  expect(logText()).not.toMatch(/passcode 4711|req-4711/);
});
