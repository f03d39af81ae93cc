import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTerminalState } from '../../../shared/actions/action-summary';
import { defaultSettings } from '../../../shared/settings/settings';
import { createConsoleLogger } from '../../../main/base/logger';
import { openSettingsStore } from '../../../main/settings/settings-store';
import { startHarness, type Harness } from '../../support/action-harness';
import { useTempDirs } from '../../support/temp-dir';

/**
 * Tokens and generated passcodes stay in main memory: after a session that
 * lists devices, renews its token, meets faults and gets generated
 * passcodes, neither appears in any file, event payload or console line.
 */
const tempDir = useTempDirs();
let harness: Harness | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await harness?.close();
  harness = null;
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('secrets', () => {
  it('never reach a log file, the settings file, an event or the console', async () => {
    const consoleLines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')));
    }
    const folder = tempDir();
    const settings = await openSettingsStore(folder);
    await settings.save({ ...defaultSettings, requireTicketReference: true });
    harness = await startHarness({ folder, logger: createConsoleLogger('test'), tenant: { deviceCount: 1_500 } });
    const h = harness;

    // A list that meets a 401 after its first page (token renewed) and a 503 (retried), both logged.
    const breakAfterFirstPage = h.events.listen((event) => {
      if (event !== 'devicesProgress') return;
      breakAfterFirstPage();
      h.tenant.control.expireAllTokens();
      h.tenant.control.faults.next({ route: 'list', kind: '503' });
    });
    h.devices.load();
    await h.waitFor('devicesProgress', (p) => p.done);

    // Actions that generate passcodes, one whose POST answer is lost, one refused.
    const passcodes: string[] = [];
    for (const name of ['DEMO-AE-DEDICATED-13', 'DEMO-AOSP-USERLESS-10', 'DEMO-DA-6.0']) {
      if (name === 'DEMO-AOSP-USERLESS-10') h.tenant.control.faults.next({ route: 'resetPasscode', kind: '504', afterProcessing: true });
      const id = h.tenant.control.deviceId(name);
      const result = await h.actions.request({ deviceId: id, ticket: 'INC-9', identityVerified: true, acknowledgedRecentActions: false });
      if (!result.ok) throw new Error(result.error.message);
      const done = await h.waitFor('actionUpdated', (s) => s.actionId === result.value.actionId && isTerminalState(s.state));
      expect(done).toMatchObject({ state: 'done', passcodeAvailable: true });
      const revealed = h.actions.revealPasscode(result.value.actionId);
      if (!revealed.ok) throw new Error(revealed.error.message);
      passcodes.push(revealed.value.passcode);
    }
    expect(await h.actions.request({ deviceId: h.tenant.control.deviceId('DEMO-WINDOWS-11'), ticket: 'INC-9', identityVerified: true, acknowledgedRecentActions: false })).toMatchObject({ ok: false });
    const listed = await h.actions.list();
    await h.actions.close();
    await h.log.close();

    const secrets = [...h.tokens.issued, ...passcodes];
    expect(h.tokens.issued.length).toBeGreaterThanOrEqual(2);
    expect(passcodes).toHaveLength(3);
    expect(consoleLines.some((line) => line.includes('401'))).toBe(true); // the console did see the session

    const files = filesUnder(folder);
    expect(files.some((f) => f.endsWith('.jsonl'))).toBe(true);
    expect(files.some((f) => f.endsWith('settings.json'))).toBe(true);
    const places = [
      ...files.map((file) => ({ where: file, text: readFileSync(file).toString('latin1') })),
      ...h.recorded.map((e, i) => ({ where: `event ${i} ${e.event}`, text: JSON.stringify(e.payload) })),
      ...consoleLines.map((line, i) => ({ where: `console line ${i}`, text: line })),
      { where: 'listActions', text: JSON.stringify(listed) },
    ];
    for (const { where, text } of places) {
      for (const secret of secrets) expect(text.includes(secret), `${where} holds a secret`).toBe(false);
    }
    // Nor did the log have to refuse a line to keep them out: the entries never held them.
    expect(consoleLines.filter((line) => line.includes('was not written'))).toEqual([]);
  });
});
