import { wireKey } from './wire-key';

/**
 * Platforms whose passcode rule does not depend on how the device is enrolled:
 * the passcode decision's mode is the platform itself (shared/rules/passcode-codes.ts).
 */
export const singleModePlatforms = ['macos', 'windows', 'linux', 'chromeos', 'visionos', 'tvos', 'unknown'] as const;
export type SingleModePlatform = (typeof singleModePlatforms)[number];

export const platforms = ['ios', 'ipados', 'android', ...singleModePlatforms] as const;
export type Platform = (typeof platforms)[number];

/** Product names: not translated. */
export const platformLabels: Record<Platform, string> = {
  ios: 'iOS',
  ipados: 'iPadOS',
  android: 'Android',
  macos: 'macOS',
  windows: 'Windows',
  linux: 'Linux',
  chromeos: 'ChromeOS',
  visionos: 'visionOS',
  tvos: 'tvOS',
  unknown: 'Unknown',
};

/** The labels of the platforms that are their own passcode mode, for the mode catalogues to spread. */
export const singleModePlatformLabels = Object.fromEntries(singleModePlatforms.map((platform) => [platform, platformLabels[platform]])) as Record<SingleModePlatform, string>;

export interface PlatformFacts {
  operatingSystem?: string | null;
  deviceType?: string | null;
  deviceEnrollmentType?: string | null;
}

// A Map, not an object literal: a wire value such as "constructor" must not hit Object.prototype.
const byDeviceType: ReadonlyMap<string, Platform> = new Map(Object.entries({
  iphone: 'ios',
  ipod: 'ios',
  ipad: 'ipados',
  android: 'android',
  androidforwork: 'android',
  androidenterprise: 'android',
  androidngms: 'android',
  mac: 'macos',
  macmdm: 'macos',
  desktop: 'windows',
  windowsrt: 'windows',
  windowsphone: 'windows',
  winmo6: 'windows',
  wince: 'windows',
  winembedded: 'windows',
  windows10x: 'windows',
  hololens: 'windows',
  surfacehub: 'windows',
  cloudpc: 'windows',
  linux: 'linux',
  chromeos: 'chromeos',
  visionos: 'visionos',
  tvos: 'tvos',
} satisfies Record<string, Platform>));

function fromOperatingSystem(os: string): Platform {
  if (os.startsWith('android')) return 'android'; // Android, AndroidForWork, AndroidEnterprise, ...
  if (os.startsWith('windows')) return 'windows';
  if (os.startsWith('chromeos')) return 'chromeos';
  switch (os) {
    case 'ios':
      return 'ios';
    case 'ipados':
      return 'ipados';
    case 'macos':
    case 'macosx':
    case 'osx':
      return 'macos';
    case 'linux':
      return 'linux';
    case 'visionos':
      return 'visionos';
    case 'tvos':
      return 'tvos';
    default:
      return 'unknown';
  }
}

/**
 * The platform a device runs. `operatingSystem` decides; the beta
 * `deviceType`, then an Android-only enrollment type, stand in when it is
 * missing or unrecognised.
 */
export function platformOf(facts: PlatformFacts): Platform {
  const fromOs = fromOperatingSystem(wireKey(facts.operatingSystem));
  if (fromOs !== 'unknown') return fromOs;
  const fromType = byDeviceType.get(wireKey(facts.deviceType));
  if (fromType !== undefined) return fromType;
  return wireKey(facts.deviceEnrollmentType).startsWith('android') ? 'android' : 'unknown';
}
