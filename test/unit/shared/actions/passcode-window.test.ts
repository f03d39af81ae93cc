import { describe, expect, it } from 'vitest';
import { mayRevealAgain, passcodeKeptMs } from '../../../../shared/actions/passcode-window';

const requestedAt = '2026-11-30T08:00:00.000Z';
const at = (ms: number) => Date.parse(requestedAt) + ms;
const action = {
  action: 'resetPasscode' as const,
  mode: 'android_device_admin',
  state: 'done' as const,
  requestedAt,
  passcodeAvailable: false,
};

describe('mayRevealAgain', () => {
  it('offers it for an Android reset whose passcode Intune still keeps, up to seven days after the request', () => {
    expect(mayRevealAgain(action, at(60_000))).toBe(true);
    expect(mayRevealAgain(action, at(passcodeKeptMs - 1))).toBe(true);
    expect(mayRevealAgain(action, at(passcodeKeptMs))).toBe(false);
  });

  it('offers it while the action is still under way, not after it failed or was canceled', () => {
    for (const state of ['accepted', 'unknown', 'pending', 'active'] as const) expect(mayRevealAgain({ ...action, state }, at(1))).toBe(true);
    for (const state of ['failed', 'canceled', 'notSupported', 'refused', 'requested'] as const) expect(mayRevealAgain({ ...action, state }, at(1))).toBe(false);
  });

  it('not for a mode with no generated passcode (iOS removes it), a sync, or a passcode still waiting to be shown once', () => {
    expect(mayRevealAgain({ ...action, mode: 'ios_device' }, at(1))).toBe(false);
    expect(mayRevealAgain({ ...action, mode: null }, at(1))).toBe(false);
    expect(mayRevealAgain({ ...action, action: 'syncDevice' }, at(1))).toBe(false);
    expect(mayRevealAgain({ ...action, passcodeAvailable: true }, at(1))).toBe(false);
  });

  it('not when the request time cannot be read', () => {
    expect(mayRevealAgain({ ...action, requestedAt: 'yesterday' }, at(1))).toBe(false);
  });
});
