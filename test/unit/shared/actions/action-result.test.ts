import { describe, expect, it } from 'vitest';
import { isTerminalResult, latestReset, parseActionState, readResetResult } from '../../../../shared/actions/action-result';

const raw = (fields: Record<string, unknown> = {}) => ({
  actionName: 'resetPasscode',
  actionState: 'pending',
  startDateTime: '2026-11-30T08:00:00Z',
  lastUpdatedDateTime: '2026-11-30T08:01:00Z',
  ...fields,
});

describe('parseActionState', () => {
  it("reads Graph's actionState by name in any case, by number, and the British spelling", () => {
    expect(parseActionState('Done')).toBe('done');
    expect(parseActionState(' notSupported ')).toBe('notSupported');
    expect(parseActionState(3)).toBe('active');
    expect(parseActionState(0)).toBe('none');
    expect(parseActionState('cancelled')).toBe('canceled');
  });

  it('gives null for a state it does not know, rather than guessing', () => {
    expect(parseActionState('queued')).toBeNull();
    expect(parseActionState(42)).toBeNull();
    expect(parseActionState(null)).toBeNull();
  });

  it('only canceled, done, failed and notSupported end an action', () => {
    expect(['none', 'pending', 'active', 'done', 'failed', 'notSupported', 'canceled'].filter((s) => isTerminalResult(s as never))).toEqual([
      'done',
      'failed',
      'notSupported',
      'canceled',
    ]);
  });
});

describe('readResetResult', () => {
  it('reads a result, taking a time without a zone as UTC', () => {
    expect(readResetResult(raw({ startDateTime: '2026-11-30T08:00:00', passcode: '1234', errorCode: 0 }))).toEqual({
      state: 'pending',
      startMs: Date.UTC(2026, 10, 30, 8),
      lastUpdatedMs: Date.UTC(2026, 10, 30, 8, 1),
      passcode: '1234',
      errorCode: 0,
    });
  });

  it('skips results of other actions, and reads a named one when asked', () => {
    expect(readResetResult(raw({ actionName: 'syncDevice' }))).toBeNull();
    expect(readResetResult(raw({ actionName: 'SyncDevice' }), 'syncDevice')).toMatchObject({ state: 'pending' });
    expect(readResetResult(raw({ actionName: ' RESETPASSCODE ' }))).toMatchObject({ state: 'pending' });
  });

  it('skips what it cannot read: no state, no start time, not an object', () => {
    expect(readResetResult(raw({ actionState: 'queued' }))).toBeNull();
    expect(readResetResult(raw({ startDateTime: 'last Tuesday' }))).toBeNull();
    expect(readResetResult('resetPasscode')).toBeNull();
    expect(readResetResult(null)).toBeNull();
  });

  it('an empty passcode is no passcode, and a non-numeric error code is none', () => {
    expect(readResetResult(raw({ passcode: '', errorCode: '42' }))).toMatchObject({ passcode: null, errorCode: null });
  });
});

describe('latestReset', () => {
  it('picks the reset that started last, ignoring none, other actions and unreadable rows', () => {
    const latest = latestReset([
      raw({ startDateTime: '2026-11-30T08:00:00Z', actionState: 'done' }),
      raw({ startDateTime: '2026-11-30T09:00:00Z', actionState: 'none' }),
      raw({ startDateTime: '2026-11-30T10:00:00Z', actionName: 'syncDevice' }),
      raw({ startDateTime: '2026-11-30T08:30:00Z', actionState: 'active' }),
      { junk: true },
    ]);
    expect(latest).toMatchObject({ state: 'active', startMs: Date.UTC(2026, 10, 30, 8, 30) });
    expect(latestReset([])).toBeNull();
  });
});
