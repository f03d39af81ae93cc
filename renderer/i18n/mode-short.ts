import { singleModePlatformLabels } from '../../shared/platform/platform';
import type { PasscodeMode } from '../../shared/rules/passcode-codes';
import type { Language } from './messages';

/**
 * How a device is enrolled, as the device table's Enrollment column says it: short enough to be read whole
 * at 1280 px (on two lines at most), in words, no abbreviations. The Platform column beside it already says
 * "Android 14" or "iOS 17.6", so the words here leave the platform out. The full label (passcode-text.ts,
 * passcode-it.ts) is in the cell's tooltip, the details panel and the confirm dialog.
 */
const en: Record<PasscodeMode, string> = {
  ios_device: 'iOS device',
  ipados_device: 'iPadOS device',
  shared_ipad: 'Shared iPad',
  apple_user_enrollment: 'User Enrollment',
  android_work_profile: 'Personal work profile',
  android_device_admin: 'Device administrator',
  android_enterprise_dedicated: 'Dedicated',
  android_enterprise_fully_managed: 'Fully managed',
  android_enterprise_corporate_work_profile: 'Corporate work profile',
  android_aosp_user_owned: 'AOSP, with a user',
  android_aosp_userless: 'AOSP, no user',
  ...singleModePlatformLabels,
};

const it: Record<PasscodeMode, string> = {
  ios_device: 'Dispositivo iOS',
  ipados_device: 'Dispositivo iPadOS',
  shared_ipad: 'iPad condiviso',
  apple_user_enrollment: 'Registrazione utente',
  android_work_profile: 'Profilo di lavoro personale',
  android_device_admin: 'Amministratore dispositivo',
  android_enterprise_dedicated: 'Dedicato',
  android_enterprise_fully_managed: 'Completamente gestito',
  android_enterprise_corporate_work_profile: 'Profilo di lavoro aziendale',
  android_aosp_user_owned: 'AOSP, con utente',
  android_aosp_userless: 'AOSP, senza utente',
  ...singleModePlatformLabels,
  unknown: 'Sconosciuta',
};

export const modeShortLabels: Record<Language, Record<PasscodeMode, string>> = { en, it };
