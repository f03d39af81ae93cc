import { describe, expect, it } from 'vitest';
import { isPasscodeReset, mergeWithOurActions, needsSecondConfirmation, readAuditRecord, unknownOutcomeOf } from '../../../../main/audits/audit-record';
import type { ActionSummary } from '../../../../shared/actions/action-summary';
import { maxGraphName, maxGraphWord } from '../../../../shared/devices/graph-text-bounds';

const at = (iso: string) => new Date(iso).toISOString();
const audit = (over: Record<string, unknown> = {}) => ({
  id: 'a1', managedDeviceId: 'd1', deviceDisplayName: 'PHONE-1', initiatedByUserPrincipalName: 'jordan@contoso.com',
  requestDateTime: '2026-11-24T10:00:00Z', actionState: 'pending', action: 'resetPasscode', ...over,
});
const ours = (over: Partial<ActionSummary> = {}): ActionSummary => ({
  actionId: 'our-1', action: 'resetPasscode', deviceId: 'd1', deviceName: 'PHONE-1', platform: 'iOS', mode: 'ios_device', technicianUpn: 'alex@contoso.com',
  ticket: 'INC-1', requestedAt: at('2026-11-24T10:00:40Z'), state: 'active', updatedAt: at('2026-11-24T10:01:00Z'),
  error: null, graphRequestId: null, passcodeAvailable: false, origin: 'session', ...over,
});

describe('audit records', () => {
  it('reads what it needs and drops records without an id or a valid time', () => {
    expect(readAuditRecord(audit())).toMatchObject({ id: 'a1', deviceId: 'd1', state: 'pending' });
    expect(readAuditRecord(audit({ id: undefined }))).toBeNull();
    expect(readAuditRecord(audit({ requestDateTime: 'yesterday' }))).toBeNull();
    expect(readAuditRecord('junk')).toBeNull();
  });

  it('cuts a megabyte device name, technician or state to its bound, and takes no megabyte id or time', () => {
    const huge = 'Z'.repeat(1_048_576);
    const record = readAuditRecord(audit({ deviceDisplayName: huge, initiatedByUserPrincipalName: huge, actionState: huge, action: huge }))!;
    expect(record.deviceName).toHaveLength(maxGraphName);
    expect(record.initiatedBy).toHaveLength(maxGraphName);
    expect(record.deviceName!.endsWith('…')).toBe(true);
    expect(record.state).toHaveLength(maxGraphWord);
    expect(record.action).toHaveLength(maxGraphWord);
    expect(readAuditRecord(audit({ managedDeviceId: huge }))!.deviceId).toBeNull();
    expect(readAuditRecord(audit({ id: huge }))).toBeNull();
    expect(readAuditRecord(audit({ requestDateTime: `2026-11-24T10:00:00Z${huge}` }))).toBeNull();
  });

  it('keeps only passcode resets, whatever filter the service applied', () => {
    expect(isPasscodeReset(readAuditRecord(audit())!)).toBe(true);
    expect(isPasscodeReset(readAuditRecord(audit({ action: 'remoteLock' }))!)).toBe(false);
  });

  it('merges our action with its audit record into one row with our fresher state', () => {
    const rows = mergeWithOurActions([readAuditRecord(audit())!], [ours()]);
    expect(rows).toEqual([expect.objectContaining({ id: 'a1', actionId: 'our-1', state: 'active' })]);
  });

  it('does not merge across devices or beyond two minutes, and keeps our unaudited actions', () => {
    const records = [readAuditRecord(audit())!];
    expect(mergeWithOurActions(records, [ours({ deviceId: 'd2' })])).toHaveLength(2);
    expect(mergeWithOurActions(records, [ours({ requestedAt: at('2026-11-24T10:05:00Z') })])).toHaveLength(2);
    expect(mergeWithOurActions([], [ours({ state: 'refused' })])).toHaveLength(0);
  });

  it('asks for a second confirmation while an action is under way or within 15 minutes of one', () => {
    const now = Date.parse('2026-11-24T10:30:00Z');
    const row = (state: string, requestedAt: string) => ({ id: 'x', deviceId: 'd1', deviceName: null, initiatedBy: null, requestedAt: at(requestedAt), state, actionId: null });
    expect(needsSecondConfirmation([row('pending', '2026-11-24T10:25:00Z')], now)).toBe(true);
    expect(needsSecondConfirmation([row('done', '2026-11-24T10:20:00Z')], now)).toBe(true);
    expect(needsSecondConfirmation([row('done', '2026-11-24T10:10:00Z')], now)).toBe(false);
    expect(needsSecondConfirmation([row('notSupported', '2026-11-24T09:00:00Z')], now)).toBe(false);
    expect(needsSecondConfirmation([], now)).toBe(false);
  });

  it("names someone's action Intune still shows unfinished after 15 minutes as of unknown outcome, not as a recent one", () => {
    const now = Date.parse('2026-11-24T10:30:00Z');
    const row = (id: string, state: string, requestedAt: string, actionId: string | null = null) => ({
      id,
      deviceId: 'd1',
      deviceName: null,
      initiatedBy: null,
      requestedAt: at(requestedAt),
      state,
      actionId,
    });
    const stale = row('old', 'pending', '2026-11-24T08:00:00Z');
    expect(unknownOutcomeOf([stale], now)).toBe(stale);
    expect(needsSecondConfirmation([stale], now)).toBe(false);
    expect(unknownOutcomeOf([row('a', 'active', '2026-11-24T10:20:00Z')], now)).toBeNull();
    expect(unknownOutcomeOf([row('d', 'done', '2026-11-24T08:00:00Z')], now)).toBeNull();
    // Ours are asked about from our own log (the action service), not twice.
    const ours = row('o', 'unknown', '2026-11-24T10:25:00Z', 'our-1');
    expect(unknownOutcomeOf([ours], now)).toBeNull();
    expect(needsSecondConfirmation([ours], now)).toBe(false);
    expect(needsSecondConfirmation([ours, row('b', 'done', '2026-11-24T10:28:00Z')], now)).toBe(true);
  });

  it('marks our request Graph refused or never sent as not on the device, and asks no second confirmation for it', () => {
    const now = Date.parse('2026-11-24T10:05:00Z');
    const throttled = ours({ state: 'failed', error: { code: 'throttled', message: 'x', say: { code: 'graphThrottled', params: { seconds: '300' } } } });
    const notSent = ours({ actionId: 'our-2', state: 'failed', error: { code: 'cancelled', message: 'x', say: { code: 'actionNotSent', params: {} } } });
    const olderLine = ours({ actionId: 'our-3', state: 'failed', error: { code: 'not_permitted', message: 'Intune refused the request (403)' } });
    const rows = mergeWithOurActions([], [throttled, notSent, olderLine]);
    expect(rows.map((row) => row.neverReachedDevice)).toEqual([true, true, true]);
    expect(needsSecondConfirmation(rows, now)).toBe(false);
    // A failure Intune reported from the device did reach it: that one still asks twice.
    const onDevice = ours({ state: 'failed', error: { code: 'graph_error', message: 'x', say: { code: 'deviceFailedApple', params: { errorCode: '' } } } });
    const [deviceRow] = mergeWithOurActions([], [onDevice]);
    expect(deviceRow!.neverReachedDevice).toBeUndefined();
    expect(needsSecondConfirmation([deviceRow!], now)).toBe(true);
    // An older line with Graph's own error code is taken as a failure on the device (as the window tells it).
    const olderDevice = ours({ state: 'failed', error: { code: 'graph_error', message: 'Intune reports that the passcode action failed on the device' } });
    expect(needsSecondConfirmation(mergeWithOurActions([], [olderDevice]), now)).toBe(true);
  });
});
