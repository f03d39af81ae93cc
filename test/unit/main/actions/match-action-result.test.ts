import { describe, expect, it } from 'vitest';
import { findOurResult, isTerminalResult, parseActionState, readResetResult } from '../../../../main/actions/match-action-result';

const requestedAt = Date.UTC(2026, 0, 15, 9, 0, 0);
const at = (offsetMs: number) => new Date(requestedAt + offsetMs).toISOString();
const result = (offsetMs: number, extra: Record<string, unknown> = {}) => ({
  actionName: 'resetPasscode',
  actionState: 'pending',
  startDateTime: at(offsetMs),
  lastUpdatedDateTime: at(offsetMs),
  ...extra,
});
const skew = 120_000;

describe('matching our reset among deviceActionResults', () => {
  it('matches resetPasscode by name, case-insensitively, and ignores other actions', () => {
    const found = findOurResult([result(1_000, { actionName: 'remoteLock' }), result(2_000, { actionName: 'RESETPASSCODE', actionState: 'active' })], requestedAt, skew);
    expect(found?.state).toBe('active');
  });

  it('ignores results that started before our request, beyond the allowed clock skew', () => {
    expect(findOurResult([result(-skew - 1, { actionState: 'done' })], requestedAt, skew)).toBeNull();
  });

  it("accepts one that started a little before our request, for Intune's clock running behind", () => {
    expect(findOurResult([result(-30_000, { actionState: 'done' })], requestedAt, skew)?.state).toBe('done');
  });

  it('prefers a result that started after our request to one within the skew before it', () => {
    const found = findOurResult([result(-10_000, { actionState: 'done' }), result(5_000, { actionState: 'pending' })], requestedAt, skew);
    expect(found?.state).toBe('pending');
  });

  it("takes the first result after our request: a later one is someone's next reset", () => {
    const found = findOurResult([result(60_000, { actionState: 'pending' }), result(1_000, { actionState: 'failed' })], requestedAt, skew);
    expect(found?.state).toBe('failed');
  });

  it('reads the generated passcode and error code of a resetPasscodeActionResult', () => {
    expect(readResetResult(result(0, { actionState: 'done', passcode: '12345678', errorCode: 0 }))).toMatchObject({ passcode: '12345678', errorCode: 0 });
    expect(readResetResult(result(0, { passcode: '' }))?.passcode).toBeNull();
    expect(readResetResult(result(0, { passcode: null }))?.passcode).toBeNull();
  });

  it('reads times without a zone as UTC', () => {
    expect(readResetResult(result(0, { startDateTime: '2026-01-15T09:00:00' }))?.startMs).toBe(requestedAt);
  });

  it('skips what it cannot read instead of guessing', () => {
    const unreadable = [null, 'x', 42, {}, result(0, { actionState: 'exploded' }), result(0, { startDateTime: 'yesterday' }), result(0, { actionName: 7 })];
    expect(findOurResult(unreadable, requestedAt, skew)).toBeNull();
  });
});

describe('action states', () => {
  it("reads Graph's names and numbers", () => {
    expect(['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported'].map(parseActionState)).toEqual([
      'none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported',
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(parseActionState)).toEqual(['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported', null]);
    expect(parseActionState('NotSupported')).toBe('notSupported');
  });

  it('knows which are terminal', () => {
    expect(['canceled', 'done', 'failed', 'notSupported'].every((s) => isTerminalResult(s as never))).toBe(true);
    expect(['none', 'pending', 'active'].some((s) => isTerminalResult(s as never))).toBe(false);
  });
});
