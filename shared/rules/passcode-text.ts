import { singleModePlatformLabels } from '../platform/platform';
import type { PasscodeActionKind, PasscodeCautionCode, PasscodeMode, PasscodeOutcomeCode, PasscodeReasonCode } from './passcode-codes';

// English text for the decision codes. Reasons are meant to be read aloud to a
// user, so they name the platform rule rather than Graph's field values.

export const passcodeActionLabels: Record<PasscodeActionKind, string> = {
  remove: 'Remove passcode',
  reset: 'Reset passcode',
};

export const passcodeModeLabels: Record<PasscodeMode, string> = {
  ios_device: 'iOS device',
  ipados_device: 'iPadOS device',
  shared_ipad: 'Shared iPad',
  apple_user_enrollment: 'Apple User Enrollment (personal iPhone or iPad)',
  android_work_profile: 'Android personally-owned work profile',
  android_device_admin: 'Android device administrator',
  android_enterprise_dedicated: 'Android Enterprise dedicated device',
  android_enterprise_fully_managed: 'Android Enterprise fully managed device',
  android_enterprise_corporate_work_profile: 'Android Enterprise corporate-owned work profile',
  android_aosp_user_owned: 'Android (AOSP) user-associated device',
  android_aosp_userless: 'Android (AOSP) userless device',
  ...singleModePlatformLabels, // product names, not translated
};

export const passcodeReasonText: Record<PasscodeReasonCode, string> = {
  apple_user_enrollment:
    'This iPhone or iPad is enrolled with Apple User Enrollment, meant for personal devices: Intune has no control over the device passcode, so it cannot remove it.',
  work_profile_android_6_or_earlier:
    'On Android devices with a work profile, Intune can reset the passcode only from Android 7.0 on. This device runs Android 6 or earlier.',
  device_admin_android_7_or_later:
    'On Android devices managed by device administrator, Intune can reset the passcode only up to Android 6. This device runs Android 7 or later.',
  android_version_unknown: 'Android version unknown: cannot confirm support',
  android_mode_unknown:
    'Intune does not say how this Android device is enrolled (work profile, device administrator or Android Enterprise), so support cannot be confirmed.',
  macos_not_supported: 'Intune cannot remove or reset the passcode of macOS devices.',
  windows_not_supported: 'Intune cannot remove or reset the passcode of Windows devices.',
  linux_not_supported: 'Intune cannot remove or reset the passcode of Linux devices.',
  chromeos_not_supported: 'Intune cannot remove or reset the passcode of ChromeOS devices.',
  visionos_not_supported: 'Intune cannot remove or reset the passcode of visionOS devices (Apple Vision Pro).',
  visionos_before_1_1:
    'Intune can remove the passcode of an Apple Vision Pro only from visionOS 1.1 on, where Apple added the command. This device runs an earlier visionOS.',
  visionos_version_unknown: 'visionOS version unknown: cannot confirm support (Intune needs visionOS 1.1 or later).',
  shared_ipad:
    'This iPad is a Shared iPad: Apple does not allow removing the passcode on Shared iPad, so Intune cannot do it.',
  tvos_not_supported: 'Intune cannot remove or reset the passcode of tvOS devices (Apple TV).',
  platform_unknown: 'Intune does not say which platform this device runs, so support cannot be confirmed.',
};

export const passcodeOutcomeText: Record<PasscodeOutcomeCode, string> = {
  apple_passcode_removed:
    'The passcode is removed from the device. If a passcode compliance policy applies, the device then asks the user to set a new passcode in Settings.',
  work_profile_passcode_reset:
    'The work profile gets a new unlock password, or the user is asked to set one. This works only if the user activated the passcode reset token when Android asked for it after enrollment.',
  work_profile_passcode_reset_or_generated:
    'The work profile gets a new unlock password, or the user is asked to set one; Intune may also generate a temporary work profile passcode, shown here if it does. This works only if the user activated the passcode reset token when Android asked for it after enrollment.',
  device_admin_passcode_set: 'Intune replaces the device passcode with a new one it generates.',
  device_passcode_generated: 'Intune resets the device passcode and sets a new one it generates.',
  work_profile_passcode_generated: 'Intune resets the work profile passcode and sets a new one it generates.',
};

/**
 * What Intune does offer when it cannot remove or reset the passcode, so the
 * technician has a next step to give the requester.
 */
export const passcodeAlternativeText: Record<PasscodeReasonCode, string> = {
  apple_user_enrollment:
    'The user can erase and set up the iPhone or iPad again from its lock screen with their Apple Account ("Forgot passcode?"). In Intune, Retire removes the work apps and data.',
  work_profile_android_6_or_earlier:
    'Intune offers Retire, which removes the work profile (the personal side of the phone is untouched) so the user can enroll again. From Android 7.0 on, Reset passcode works for work profiles.',
  device_admin_android_7_or_later:
    'Intune offers Remote lock and Wipe (a factory reset) for this device. Moving it to Android Enterprise makes Reset passcode available again.',
  android_version_unknown: 'Press Sync device now (above) so Intune learns its Android version, then open the device here again once it has checked in.',
  android_mode_unknown: 'Press Sync device now (above) so Intune learns how it is enrolled, then open the device here again once it has checked in.',
  macos_not_supported:
    'Intune offers Remote lock (with a PIN you choose) and Wipe. If FileVault is managed by Intune, the personal recovery key on the device’s Intune page unlocks the Mac.',
  windows_not_supported:
    'The user resets a Windows Hello PIN from the sign-in screen ("I forgot my PIN"). In Intune, the device’s page shows BitLocker recovery keys, and offers Wipe, Fresh Start and Autopilot Reset.',
  linux_not_supported: 'Intune has no remote passcode action for Linux: a local administrator resets the password on the device.',
  chromeos_not_supported: 'ChromeOS devices are managed from the Google Admin console: reset the user’s Google account password there.',
  visionos_not_supported: 'Intune offers Wipe. The user can also erase Apple Vision Pro with their Apple Account after too many passcode attempts.',
  tvos_not_supported: 'Intune offers Restart and Wipe for Apple TV.',
  platform_unknown: 'Press Sync device now (above) so Intune learns its platform, then open the device here again once it has checked in.',
  visionos_before_1_1: 'Update Apple Vision Pro to visionOS 1.1 or later (then Remove passcode works), or use Wipe. The user can also erase it with their Apple Account after too many passcode attempts.',
  visionos_version_unknown: 'Press Sync device now (above) so Intune learns its visionOS version, then open the device here again once it has checked in.',
  shared_ipad: 'On a Shared iPad each user signs in with their own Managed Apple Account: have the user check that account (its password is reset in Apple Business Manager or Apple School Manager). Intune offers Restart, and Wipe for the whole iPad.',
};

export const passcodeCautionText: Record<PasscodeCautionCode, string> = {
  work_profile_docs_list_8_plus:
    'Current Intune docs list work profile passcode reset for Android 8.0 and later only. The 2018 rule allows Android 7.x, so the action is offered, but Intune may end it as not supported.',
  device_admin_gms_ended:
    'Intune ended device administrator management of devices with Google Mobile Services at the end of 2024: this device may no longer be managed, and the action may not reach it.',
};
