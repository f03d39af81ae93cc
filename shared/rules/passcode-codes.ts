import { singleModePlatforms } from '../platform/platform';

/**
 * The codes a passcode decision is made of. They travel over IPC and into the
 * action log; text is looked up from them (passcode-text.ts in English, the
 * renderer's catalogue in Italian), so each list is the key set of a catalogue.
 */

/** Android's ways to enrol: each has its own passcode rule. */
export const androidPasscodeModes = [
  'android_work_profile', // personally-owned work profile
  'android_device_admin',
  'android_enterprise_dedicated',
  'android_enterprise_fully_managed',
  'android_enterprise_corporate_work_profile',
  'android_aosp_user_owned',
  'android_aosp_userless',
] as const;

/** Apple's and Android's modes, then every other platform as its own mode. */
export const passcodeModes = ['ios_device', 'ipados_device', 'shared_ipad', 'apple_user_enrollment', ...androidPasscodeModes, ...singleModePlatforms] as const;
export type PasscodeMode = (typeof passcodeModes)[number];

/** Why a device is not eligible. */
export const passcodeReasonCodes = [
  'apple_user_enrollment',
  'work_profile_android_6_or_earlier',
  'device_admin_android_7_or_later',
  'android_version_unknown',
  'android_mode_unknown',
  'macos_not_supported',
  'windows_not_supported',
  'linux_not_supported',
  'chromeos_not_supported',
  'visionos_not_supported', // kept for logs written before visionOS 1.1 became eligible
  'visionos_before_1_1',
  'visionos_version_unknown',
  'shared_ipad',
  'tvos_not_supported',
  'platform_unknown',
] as const;
export type PasscodeReasonCode = (typeof passcodeReasonCodes)[number];

/** What the action does on an eligible device. */
export const passcodeOutcomeCodes = [
  'apple_passcode_removed',
  'work_profile_passcode_reset',
  'work_profile_passcode_reset_or_generated', // personally-owned work profile, Android 8.0 and later
  'device_admin_passcode_set',
  'device_passcode_generated',
  'work_profile_passcode_generated',
] as const;
export type PasscodeOutcomeCode = (typeof passcodeOutcomeCodes)[number];

/**
 * Which rule table (passcode-rules.ts) the decision comes from: the 2018 seed,
 * current Intune docs, or the seed's rule where current docs say more or
 * differ (then a caution quotes them).
 */
export const ruleSources = ['seed', 'current-docs', 'seed-and-current-docs'] as const;
export type RuleSource = (typeof ruleSources)[number];

/** The portal names one Graph call (resetPasscode) "Remove" on Apple devices and "Reset" on Android. */
export type PasscodeActionKind = 'remove' | 'reset';

/**
 * Where the decision follows the seed but current Microsoft docs differ or
 * add a warning (docs/intune-facts.md): shown beside the decision.
 */
export const passcodeCautionCodes = [
  'work_profile_docs_list_8_plus', // personally-owned work profile on Android 7.x
  'device_admin_gms_ended', // device administrator: Intune ended GMS device admin management in 2024
] as const;
export type PasscodeCautionCode = (typeof passcodeCautionCodes)[number];
