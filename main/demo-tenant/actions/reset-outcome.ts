import type { DemoDevice } from '../fleet/device-record';

/**
 * What Intune would do with a resetPasscode for this device: refuse it up
 * front (400, the platform cannot do it), or accept it and later end it in
 * `done`, `failed` or `notSupported` according to the device's hidden traits.
 * This is the tenant's ground truth, kept apart from the app's rule engine on
 * purpose: the engine is tested against it, not with it.
 */
export type EndState = 'done' | 'failed' | 'notSupported';

export type ResetOutcome =
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'accepted'; readonly endState: EndState; readonly errorCode: number; readonly generatesPasscode: boolean };

// Intune's action error codes are undocumented beyond their range, 0 to 2147483647
// (resetPasscodeActionResult.errorCode); these stand-ins are non-zero, distinct and in range.
export const ERROR_NO_PASSCODE_POLICY = 2016345060;
export const ERROR_NO_UNLOCK_TOKEN = 2016345061;
export const ERROR_RESET_TOKEN_INACTIVE = 2016345062;

/** "6.0.1" is 6, "14" is 14; "", "unknown" and "7.x" have no major version. */
export function majorVersion(osVersion: string): number | null {
  const match = /^\s*(\d+)(\.\d+)*\s*$/.exec(osVersion);
  return match ? Number(match[1]) : null;
}

/** ClearPasscode exists from visionOS 1.1 (Apple's MDM reference). */
function visionOsHasClearPasscode(osVersion: string): boolean {
  const match = /^\s*(\d+)(?:\.(\d+))?(\.\d+)*\s*$/.exec(osVersion);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2] ?? 0)];
  return major > 1 || (major === 1 && minor >= 1);
}

interface Kind {
  readonly workProfile: boolean;
  readonly apple: boolean;
  readonly generatesPasscode: boolean;
}

function accepted(d: DemoDevice, kind: Kind): ResetOutcome {
  const base = { kind: 'accepted', generatesPasscode: kind.generatesPasscode } as const;
  if (kind.workProfile && !d.traits.resetTokenActive) return { ...base, endState: 'notSupported', errorCode: ERROR_RESET_TOKEN_INACTIVE };
  if (!d.traits.hasPasscodePolicy) return { ...base, endState: 'failed', errorCode: ERROR_NO_PASSCODE_POLICY };
  if (kind.apple && !d.traits.unlockTokenPresent) return { ...base, endState: 'failed', errorCode: ERROR_NO_UNLOCK_TOKEN };
  return { ...base, endState: 'done', errorCode: 0 };
}

const rejected = (reason: string): ResetOutcome => ({ kind: 'rejected', reason });

export function resetOutcome(d: DemoDevice): ResetOutcome {
  const major = majorVersion(d.osVersion);
  switch (d.mode) {
    case 'ios':
    case 'ipados':
      if (d.isSharedDevice) return rejected('Remove passcode is not supported on Shared iPad.');
      return accepted(d, { workProfile: false, apple: true, generatesPasscode: false });
    case 'visionos':
      if (!visionOsHasClearPasscode(d.osVersion)) return rejected('Remove passcode needs visionOS 1.1 or later.');
      return accepted(d, { workProfile: false, apple: true, generatesPasscode: false });
    case 'androidWorkProfile':
      if (major === null || major < 7) return rejected('Reset passcode needs Android 7.0 or later on a work profile device.');
      return accepted(d, { workProfile: true, apple: false, generatesPasscode: major >= 8 && d.traits.temporaryWorkProfilePasscode === true });
    case 'androidDeviceAdmin':
      if (major === null || major >= 7) return rejected('Reset passcode is not supported on device administrator devices running Android 7.0 or later.');
      return accepted(d, { workProfile: false, apple: false, generatesPasscode: true });
    case 'androidCorporateWorkProfile':
      return accepted(d, { workProfile: true, apple: false, generatesPasscode: true });
    case 'androidDedicated':
    case 'androidFullyManaged':
    case 'androidAosp':
      return accepted(d, { workProfile: false, apple: false, generatesPasscode: true });
    case 'appleUserEnrollment':
      return rejected('Reset passcode is not supported on devices enrolled with Apple User Enrollment.');
    case 'windows':
    case 'macos':
    case 'linux':
    case 'chromeos':
    case 'tvos':
    case 'unknown':
      return rejected('Reset passcode is not supported on this platform.');
  }
}
