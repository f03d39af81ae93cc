import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTerminalState, type ActionSummary } from '../../../shared/actions/action-summary';
import { RULE_DEVICE_SPECS } from '../../../main/demo-tenant';
import { startHarness, type Harness } from '../../support/action-harness';
import { useTempDirs } from '../../support/temp-dir';

/**
 * One device of every row of the passcode rules, through the whole flow
 * against the demo tenant: eligible ones are sent and end as the tenant
 * decides; ineligible ones are refused, and logged, before any POST.
 */
const tempDir = useTempDirs();
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const request = (deviceId: string) => ({ deviceId, ticket: 'INC-2041', identityVerified: true as const, acknowledgedRecentActions: false });

/** Every `requested` line on disk, read straight from the month files. */
function requestedOnDisk(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(path.join(folder, name), 'utf8').split('\n'))
    .filter((line) => line.includes('"type":"requested"'));
}

describe('every rule row, end to end', () => {
  it('sends eligible devices and follows them to their end; refuses ineligible ones before any POST', async () => {
    const folder = tempDir();
    // Checks at the moment of each POST that its `requested` entry is already on disk.
    const postsBeforeTheirEntry: string[] = [];
    let logFolder = '';
    const checkingFetch: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') {
        const actionId = (init.headers as Record<string, string>)['client-request-id'] ?? '';
        if (!requestedOnDisk(logFolder).some((line) => line.includes(actionId))) postsBeforeTheirEntry.push(actionId);
      }
      return fetch(input, init);
    };
    harness = await startHarness({ folder, graph: { fetch: checkingFetch } });
    logFolder = harness.logFolder;
    const { tenant, actions } = harness;

    const outcomes: Record<string, { eligible: boolean; end: string; posts: number; passcode: boolean }> = {};
    for (const spec of RULE_DEVICE_SPECS) {
      const id = tenant.control.deviceId(spec.name);
      const fresh = await harness.devices.getFresh(id);
      if (!fresh.ok) throw new Error(fresh.error.message);
      const result = await actions.request(request(id));
      let end: string;
      let passcode = false;
      if (result.ok) {
        const final = await harness.waitFor('actionUpdated', (s) => s.actionId === result.value.actionId && isTerminalState(s.state));
        end = final.state;
        passcode = final.passcodeAvailable;
      } else {
        end = result.error.code;
      }
      outcomes[spec.name] = { eligible: fresh.value.decision.eligible, end, posts: tenant.control.counters.resetPasscodePosts(id), passcode };
    }

    for (const [name, outcome] of Object.entries(outcomes)) {
      if (outcome.eligible) {
        expect([name, outcome.posts]).toEqual([name, 1]);
        expect([name, ['done', 'failed', 'notSupported'].includes(outcome.end)]).toEqual([name, true]);
      } else {
        expect([name, outcome.end, outcome.posts]).toEqual([name, 'not_eligible', 0]);
      }
    }
    // The tenant's ground truth for the rows whose end is known in advance.
    expect(outcomes['DEMO-IOS-17']?.end).toBe('done');
    expect(outcomes['DEMO-AWP-7.0']?.end).toBe('done');
    expect(outcomes['DEMO-DA-6.0.1']).toMatchObject({ end: 'done', passcode: true });
    expect(outcomes['DEMO-AE-DEDICATED-13']).toMatchObject({ end: 'done', passcode: true });
    expect(outcomes['DEMO-FAIL-IOS-NO-POLICY']?.end).toBe('failed');
    expect(outcomes['DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE']?.end).toBe('notSupported');
    expect(outcomes['DEMO-AWP-6.9']).toMatchObject({ eligible: false, posts: 0 });
    expect(outcomes['DEMO-DA-7.0']).toMatchObject({ eligible: false, posts: 0 });
    expect(outcomes['DEMO-IOS-USER-ENROLLMENT']).toMatchObject({ eligible: false, posts: 0 });
    expect(outcomes['DEMO-WINDOWS-11']).toMatchObject({ eligible: false, posts: 0 });
    expect(postsBeforeTheirEntry).toEqual([]);

    // The log tells the same story: one row per action, refusals included.
    const own = await harness.log.readOwnEntries();
    if (!own.ok) throw new Error(own.error.message);
    expect(own.value.files.every((f) => f.integrity.status === 'verified')).toBe(true);
    const rows = own.value.rows.all();
    expect(rows).toHaveLength(RULE_DEVICE_SPECS.length);
    for (const row of rows) {
      const outcome = Object.values(outcomes)[rows.indexOf(row)];
      expect(row.lastState).toBe(outcome?.eligible ? outcome.end : 'refused');
      expect(row.ticket).toBe('INC-2041');
      expect(row.identityVerified).toBe(true);
    }

    // And the live actions log lists them all, newest first.
    const listed = await actions.list();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value).toHaveLength(RULE_DEVICE_SPECS.length);
    expect(new Set(listed.value.map((s: ActionSummary) => s.state))).toEqual(new Set(['done', 'failed', 'notSupported', 'refused']));
  });

  it('shows a refusal with its reason, and logs it', async () => {
    harness = await startHarness({ folder: tempDir() });
    const id = harness.tenant.control.deviceId('DEMO-DA-7.0');
    const result = await harness.actions.request(request(id));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_eligible', message: expect.stringContaining('only up to Android 6'), detail: { reasonCode: 'device_admin_android_7_or_later' } },
    });
    const own = await harness.log.readOwnEntries();
    expect(own.ok && own.value.rows.at(0)).toMatchObject({ lastState: 'refused', device: { id, name: 'DEMO-DA-7.0' } });
    expect(harness.tenant.control.counters.resetPasscodePosts(id)).toBe(0);
  });
});
