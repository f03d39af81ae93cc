import { platformOf, type PlatformFacts } from '../platform/platform';
import { wireKey } from '../platform/wire-key';
import { assertNever } from '../result';
import type { PasscodeMode, PasscodeOutcomeCode, PasscodeReasonCode, RuleSource } from './passcode-codes';
import { expandDecision, type CompactDecision, type PasscodeDecision } from './passcode-decision';
import { parseMajorVersion } from './os-version';

/**
 * The Graph beta properties the rules read. Values may be anything Graph sends
 * (unknown enum members, odd casing, null): they are never trusted to be known.
 */
export interface PasscodeFacts extends PlatformFacts {
  osVersion?: string | null;
  managementAgent?: string | null;
}

function eligible(mode: PasscodeMode, outcomeCode: PasscodeOutcomeCode, source: RuleSource): CompactDecision {
  return { eligible: true, mode, outcomeCode, source };
}

function refused(mode: PasscodeMode, reasonCode: PasscodeReasonCode, source: RuleSource): CompactDecision {
  return { eligible: false, mode, reasonCode, source };
}

const appleUserEnrollmentTypes: ReadonlySet<string> = new Set([
  'appleuserenrollment',
  'appleuserenrollmentwithserviceaccount',
  'appleaccountdrivenuserenrollment',
]);

type EnterpriseMode = readonly [PasscodeMode, PasscodeOutcomeCode];

/** Android Enterprise and AOSP modes: beta's enrollment type tells them apart reliably. */
const enterpriseModes: ReadonlyMap<string, EnterpriseMode> = new Map<string, EnterpriseMode>([
  ['androidenterprisededicateddevice', ['android_enterprise_dedicated', 'device_passcode_generated']],
  ['androidenterprisefullymanaged', ['android_enterprise_fully_managed', 'device_passcode_generated']],
  ['androidenterprisecorporateworkprofile', ['android_enterprise_corporate_work_profile', 'work_profile_passcode_generated']],
  ['androidaospuserowneddeviceenrollment', ['android_aosp_user_owned', 'device_passcode_generated']],
  ['androidaospuserlessdeviceenrollment', ['android_aosp_userless', 'device_passcode_generated']],
]);

function decideApple(platform: 'ios' | 'ipados', facts: PasscodeFacts): CompactDecision {
  if (appleUserEnrollmentTypes.has(wireKey(facts.deviceEnrollmentType))) {
    return refused('apple_user_enrollment', 'apple_user_enrollment', 'current-docs');
  }
  // iPads enrolled before iPadOS existed may still report operatingSystem "iOS".
  const isIpad = platform === 'ipados' || wireKey(facts.deviceType) === 'ipad';
  return isIpad
    ? eligible('ipados_device', 'apple_passcode_removed', 'current-docs')
    : eligible('ios_device', 'apple_passcode_removed', 'seed');
}

/**
 * Personally-owned work profile and device administrator have no enrollment
 * type of their own; they are told apart by `deviceType` (and, on some
 * tenants, an "AndroidForWork" operating system). Contradicting signals give
 * null: support is then not confirmed rather than guessed.
 */
function legacyAndroidMode(facts: PasscodeFacts): 'android_work_profile' | 'android_device_admin' | null {
  const deviceType = wireKey(facts.deviceType);
  const reportsWorkProfile = wireKey(facts.operatingSystem) === 'androidforwork';
  if (deviceType === 'androidforwork') return 'android_work_profile';
  if (deviceType === 'android') {
    return !reportsWorkProfile && wireKey(facts.managementAgent) === 'mdm' ? 'android_device_admin' : null;
  }
  return reportsWorkProfile && (deviceType === '' || deviceType === 'unknown') ? 'android_work_profile' : null;
}

function decideAndroid(facts: PasscodeFacts): CompactDecision {
  const enterprise = enterpriseModes.get(wireKey(facts.deviceEnrollmentType));
  if (enterprise !== undefined) return eligible(enterprise[0], enterprise[1], 'current-docs');
  const mode = legacyAndroidMode(facts);
  if (mode === null) return refused('unknown', 'android_mode_unknown', 'current-docs');
  const major = parseMajorVersion(facts.osVersion);
  if (major === null) return refused(mode, 'android_version_unknown', 'seed');
  if (mode === 'android_work_profile') {
    return major >= 7
      ? eligible(mode, 'work_profile_passcode_reset', 'seed')
      : refused(mode, 'work_profile_android_6_or_earlier', 'seed');
  }
  return major <= 6
    ? eligible(mode, 'device_admin_passcode_set', 'seed')
    : refused(mode, 'device_admin_android_7_or_later', 'seed');
}

/** The decision as codes only (how a mode is detected, then what it allows): what a Device carries. */
export function decidePasscodeCodes(facts: PasscodeFacts): CompactDecision {
  const platform = platformOf(facts);
  switch (platform) {
    case 'ios':
    case 'ipados':
      return decideApple(platform, facts);
    case 'android':
      return decideAndroid(facts);
    case 'macos':
      return refused('macos', 'macos_not_supported', 'seed');
    case 'windows':
      return refused('windows', 'windows_not_supported', 'seed');
    case 'linux':
      return refused('linux', 'linux_not_supported', 'current-docs');
    case 'chromeos':
      return refused('chromeos', 'chromeos_not_supported', 'current-docs');
    case 'visionos':
      return refused('visionos', 'visionos_not_supported', 'current-docs');
    case 'tvos':
      return refused('tvos', 'tvos_not_supported', 'current-docs');
    case 'unknown':
      return refused('unknown', 'platform_unknown', 'current-docs');
    default:
      return assertNever(platform, 'platform');
  }
}

/**
 * Whether the passcode of a device can be removed or reset, and what that does.
 * Pure: the renderer calls it to explain, the main process to enforce before calling Graph.
 */
export function decidePasscodeAction(facts: PasscodeFacts): PasscodeDecision {
  return expandDecision(decidePasscodeCodes(facts));
}
