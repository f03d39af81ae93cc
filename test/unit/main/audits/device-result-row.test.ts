import { describe, expect, it } from 'vitest';
import { withDeviceResult } from '../../../../main/audits/device-result-row';
import type { ActionResult } from '../../../../shared/actions/action-result';

const at = (iso: string) => new Date(iso).toISOString();
const result = (startIso: string, state: ActionResult['state'] = 'pending'): ActionResult => ({
  state,
  startMs: Date.parse(startIso),
  lastUpdatedMs: null,
  passcode: null,
  errorCode: null,
});
const audit = (id: string, requestedAt: string, state: string, actionId: string | null = null) => ({
  id,
  deviceId: 'd1',
  deviceName: 'DEMO-IOS-17',
  initiatedBy: 'priya@contoso.com',
  requestedAt: at(requestedAt),
  state,
  actionId,
});

describe("the device's latest reset beside the audits", () => {
  it('becomes a row of its own, newest first, when no audit row covers it', () => {
    const rows = withDeviceResult([audit('a1', '2026-11-24T08:00:00Z', 'done')], 'd1', result('2026-11-24T09:00:00Z'));
    expect(rows.map((r) => r.id)).toEqual([`result:d1:${Date.parse('2026-11-24T09:00:00Z')}`, 'a1']);
    expect(rows[0]).toMatchObject({ state: 'pending', initiatedBy: null, actionId: null, deviceId: 'd1' });
  });

  it("updates the matching audit row's state, which is older news, but never our tracked state", () => {
    expect(withDeviceResult([audit('a1', '2026-11-24T09:00:30Z', 'pending')], 'd1', result('2026-11-24T09:00:00Z', 'done'))).toEqual([
      audit('a1', '2026-11-24T09:00:30Z', 'done'),
    ]);
    const ours = audit('a2', '2026-11-24T09:00:30Z', 'unknown', 'our-1');
    expect(withDeviceResult([ours], 'd1', result('2026-11-24T09:00:00Z', 'done'))).toEqual([ours]);
  });

  it('leaves the rows as they are when the device could not be read', () => {
    const rows = [audit('a1', '2026-11-24T08:00:00Z', 'done')];
    expect(withDeviceResult(rows, 'd1', null)).toEqual(rows);
  });
});
