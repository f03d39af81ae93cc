/**
 * The codes a passcode decision is made of. They travel over IPC and into the
 * action log; text is looked up from them (passcode-text.ts in English, the
 * renderer's catalogue in Italian), so each list is the key set of a catalogue.
 */

export const passcodeModes = [
  'ios_device',
  'ipados_device',
  'apple_user_enrollment',
  'android_work_profile', // personally-owned work profile
  'android_device_admin',
  'android_enterprise_dedicated',
  'android_enterprise_fully_managed',
  'android_enterprise_corporate_work_profile',
  'android_aosp_user_owned',
  'android_aosp_userless',
  'macos',
  'windows',
  'linux',
  'chromeos',
  'visionos',
  'tvos',
  'unknown',
] as const;
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
  'visionos_not_supported',
  'tvos_not_supported',
  'platform_unknown',
] as const;
export type PasscodeReasonCode = (typeof passcodeReasonCodes)[number];

/** What the action does on an eligible device. */
export const passcodeOutcomeCodes = [
  'apple_passcode_removed',
  'work_profile_passcode_reset',
  'device_admin_passcode_set',
  'device_passcode_generated',
  'work_profile_passcode_generated',
] as const;
export type PasscodeOutcomeCode = (typeof passcodeOutcomeCodes)[number];

/** Which rule table (passcode-rules.ts) the decision comes from: the 2018 seed or current Intune docs. */
export const ruleSources = ['seed', 'current-docs'] as const;
export type RuleSource = (typeof ruleSources)[number];

/** The portal names one Graph call (resetPasscode) "Remove" on Apple devices and "Reset" on Android. */
export type PasscodeActionKind = 'remove' | 'reset';
