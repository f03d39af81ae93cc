import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminalState } from '../../../shared/actions/action-summary';
import { passcodeRequest, useHarness, type Harness } from '../../support/action-harness';

/**
 * "Reveal again" within Intune's seven days, against the demo tenant over
 * HTTP: each reveal re-reads Graph, asks for a reason, logs it (never the
 * passcode), and a passcode may already be there while the action is pending.
 */
const start = useHarness();
const request = (deviceId: string) => passcodeRequest(deviceId, 'INC-42');

async function logText(h: Harness): Promise<string> {
  const names = await fs.readdir(h.logFolder);
  const texts = await Promise.all(names.map((name) => fs.readFile(path.join(h.logFolder, name), 'utf8').catch(() => '')));
  return texts.join('\n');
}

async function doneWithPasscode(h: Harness, name: string) {
  const id = h.tenant.control.deviceId(name);
  const result = await h.actions.request(request(id));
  if (!result.ok) throw new Error(result.error.message);
  const actionId = result.value.actionId;
  await h.waitFor('actionUpdated', (s) => s.actionId === actionId && isTerminalState(s.state));
  return actionId;
}

describe('reveal again', () => {
  it('re-reads the passcode from Graph, logs who and why, never the passcode', async () => {
    const h = await start();
    const actionId = await doneWithPasscode(h, 'DEMO-AE-DEDICATED-13');
    const first = h.actions.revealPasscode(actionId);
    if (!first.ok) throw new Error(first.error.message);

    const readsBefore = h.tenant.control.counters.requests('device');
    const again = await h.actions.revealPasscodeAgain(actionId, 'Call dropped before the user wrote it down');
    expect(again).toMatchObject({ ok: true, value: { passcode: first.value.passcode } });
    expect(h.tenant.control.counters.requests('device')).toBe(readsBefore + 1);
    // And again: every reveal is its own read and its own log line.
    expect(await h.actions.revealPasscodeAgain(actionId, 'User mistyped it twice')).toMatchObject({ ok: true });

    const text = await logText(h);
    expect(text).toContain('Reason: Call dropped before the user wrote it down');
    expect(text).toContain('Reason: User mistyped it twice');
    expect(text).not.toContain(first.value.passcode);
  });

  it('asks for a reason, and refuses one that quotes the passcode', async () => {
    const h = await start();
    const actionId = await doneWithPasscode(h, 'DEMO-AOSP-USER-OWNED-12');
    const first = h.actions.revealPasscode(actionId);
    if (!first.ok) throw new Error(first.error.message);
    expect(await h.actions.revealPasscodeAgain(actionId, '  ')).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await h.actions.revealPasscodeAgain(actionId, `it was ${first.value.passcode}`)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await logText(h)).not.toContain(first.value.passcode);
  });

  it('finds the passcode while the action is still pending', async () => {
    const h = await start({ tenant: { actionTiming: { toActiveMs: 3_600_000, toDoneMs: 7_200_000 } } });
    const id = h.tenant.control.deviceId('DEMO-AE-FULLY-MANAGED-14');
    const result = await h.actions.request(request(id));
    if (!result.ok) throw new Error(result.error.message);
    const actionId = result.value.actionId;
    const pending = await h.waitFor('actionUpdated', (s) => s.actionId === actionId && s.passcodeAvailable);
    expect(pending.state).toBe('pending');
    const again = await h.actions.revealPasscodeAgain(actionId, 'User asked before the device checked in');
    expect(again).toMatchObject({ ok: true, value: { passcode: expect.stringMatching(/^[A-Za-z0-9]{8}$/) } });
  });

  it('says so when Intune no longer keeps it (after seven days)', async () => {
    const h = await start();
    const actionId = await doneWithPasscode(h, 'DEMO-DA-6.0.1');
    h.tenantClock.advance(7 * 24 * 3_600_000);
    h.tenant.control.expireAllTokens();
    const again = await h.actions.revealPasscodeAgain(actionId, 'User called back a week later');
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/no generated passcode/) } });
  });

  it('has nothing to re-read for an iOS removal', async () => {
    const h = await start();
    const actionId = await doneWithPasscode(h, 'DEMO-IOS-17');
    expect(await h.actions.revealPasscodeAgain(actionId, 'Checking for a passcode')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
