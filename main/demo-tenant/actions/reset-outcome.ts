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

// Intune's action error codes are undocumented; these stand-ins only need to be non-zero and distinct.
export const ERROR_NO_PASSCODE_POLICY = -2016345060;
export const ERROR_NO_UNLOCK_TOKEN = -2016345061;
export const ERROR_RESET_TOKEN_INACTIVE = -2016345062;

/** "6.0.1" is 6, "14" is 14; "", "unknown" and "7.x" have no major version. */
export function majorVersion(osVersion: string): number | null {
  const match = /^\s*(\d+)(\.\d+)*\s*$/.exec(osVersion);
  return match ? Number(match[1]) : null;
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
      return accepted(d, { workProfile: false, apple: true, generatesPasscode: false });
    case 'androidWorkProfile':
      if (major === null || major < 7) return rejected('Reset passcode needs Android 7.0 or later on a work profile device.');
      return accepted(d, { workProfile: true, apple: false, generatesPasscode: false });
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
    case 'visionos':
    case 'tvos':
    case 'unknown':
      return rejected('Reset passcode is not supported on this platform.');
  }
}
