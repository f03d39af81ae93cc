import { describe, expect, it } from 'vitest';
import { majorVersion, resetOutcome } from '../../../../../main/demo-tenant/actions/reset-outcome';
import { generateFleet } from '../../../../../main/demo-tenant/fleet/generate-fleet';
import type { DemoDevice, PlatformMode } from '../../../../../main/demo-tenant/fleet/device-record';

const base = generateFleet({ count: 1, seed: 1, now: 0 })[0]!;
const deviceOf = (mode: PlatformMode, osVersion: string, traits: Partial<DemoDevice['traits']> = {}): DemoDevice => ({
  ...base,
  mode,
  osVersion,
  traits: { hasPasscodePolicy: true, resetTokenActive: true, unlockTokenPresent: true, ...traits },
});

describe('majorVersion', () => {
  it.each([['6.0.1', 6], ['7.1.2', 7], ['14', 14], [' 10 ', 10], ['', null], ['unknown', null], ['7.x', null], ['7.', null]])('%s → %s', (text, major) => {
    expect(majorVersion(text)).toBe(major);
  });
});

describe('resetOutcome', () => {
  it('splits work profile and device administrator at Android 7.0, in opposite directions', () => {
    for (const v of ['6.0', '6.0.1', '6.9']) {
      expect(resetOutcome(deviceOf('androidWorkProfile', v)).kind).toBe('rejected');
      expect(resetOutcome(deviceOf('androidDeviceAdmin', v))).toMatchObject({ kind: 'accepted', endState: 'done', generatesPasscode: true });
    }
    for (const v of ['7.0', '7.1.2']) {
      expect(resetOutcome(deviceOf('androidWorkProfile', v))).toMatchObject({ kind: 'accepted', endState: 'done', generatesPasscode: false });
      expect(resetOutcome(deviceOf('androidDeviceAdmin', v)).kind).toBe('rejected');
    }
  });

  it('refuses an Android version it cannot read rather than guess', () => {
    expect(resetOutcome(deviceOf('androidWorkProfile', '7.x')).kind).toBe('rejected');
    expect(resetOutcome(deviceOf('androidDeviceAdmin', '')).kind).toBe('rejected');
  });

  it('ends in the failure the hidden traits call for', () => {
    expect(resetOutcome(deviceOf('androidWorkProfile', '12', { resetTokenActive: false }))).toMatchObject({ endState: 'notSupported' });
    expect(resetOutcome(deviceOf('androidFullyManaged', '14', { hasPasscodePolicy: false }))).toMatchObject({ endState: 'failed' });
    expect(resetOutcome(deviceOf('ios', '18.5', { unlockTokenPresent: false }))).toMatchObject({ endState: 'failed' });
    // The reset token matters to work profiles only; the unlock token to Apple only.
    expect(resetOutcome(deviceOf('androidDedicated', '13', { resetTokenActive: false, unlockTokenPresent: false }))).toMatchObject({ endState: 'done' });
  });

  it.each<PlatformMode>(['windows', 'macos', 'linux', 'chromeos', 'tvos', 'unknown', 'appleUserEnrollment'])('refuses %s', (mode) => {
    expect(resetOutcome(deviceOf(mode, '17')).kind).toBe('rejected');
  });
});

describe('resetOutcome, the rules of 2026 (docs/intune-facts.md, "Which devices")', () => {
  it('removes the passcode on visionOS from 1.1 on, and refuses earlier or unreadable versions', () => {
    for (const v of ['1.1', '1.2.1', '2.1']) expect(resetOutcome(deviceOf('visionos', v))).toMatchObject({ kind: 'accepted', endState: 'done' });
    for (const v of ['1.0', '1.0.3', '', '1.x']) expect(resetOutcome(deviceOf('visionos', v)).kind).toBe('rejected');
  });

  it('refuses a Shared iPad, and only a shared one', () => {
    expect(resetOutcome({ ...deviceOf('ipados', '18.1'), isSharedDevice: true }).kind).toBe('rejected');
    expect(resetOutcome({ ...deviceOf('ipados', '18.1'), isSharedDevice: false }).kind).toBe('accepted');
  });

  it('hands out a temporary work-profile passcode only on 8.0+ where the device does', () => {
    expect(resetOutcome(deviceOf('androidWorkProfile', '13', { temporaryWorkProfilePasscode: true }))).toMatchObject({ generatesPasscode: true });
    expect(resetOutcome(deviceOf('androidWorkProfile', '7.1.2', { temporaryWorkProfilePasscode: true }))).toMatchObject({ generatesPasscode: false });
    expect(resetOutcome(deviceOf('androidWorkProfile', '13'))).toMatchObject({ generatesPasscode: false });
  });

  it('keeps every error code within the documented 0..2147483647', () => {
    const failing = [
      deviceOf('ios', '18', { unlockTokenPresent: false }),
      deviceOf('ios', '18', { hasPasscodePolicy: false }),
      deviceOf('androidWorkProfile', '12', { resetTokenActive: false }),
    ];
    for (const d of failing) {
      const outcome = resetOutcome(d);
      if (outcome.kind !== 'accepted') throw new Error('expected an accepted action');
      expect(outcome.errorCode).toBeGreaterThan(0);
      expect(outcome.errorCode).toBeLessThanOrEqual(2147483647);
    }
  });
});
