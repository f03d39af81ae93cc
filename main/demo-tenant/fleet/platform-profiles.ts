import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import type { PlatformMode } from './device-record';
import type { SerialStyle } from './identifiers';

/**
 * What a device of each platform mode looks like in Graph: the strings Intune
 * reports, plausible hardware, and a version mix that straddles the 6.x / 7.0
 * boundary where the passcode rules change.
 */
export interface Hardware {
  readonly manufacturer: string;
  readonly model: string;
  /** The product word Intune and users put into device names ("iPhone", "Galaxy S23"). */
  readonly product: string;
  readonly serial: SerialStyle;
  /** Type allocation code: present only on hardware with a modem that reports an IMEI. */
  readonly tac?: string;
}

export type NameStyle = 'apple' | 'intune' | 'windows' | 'kiosk' | 'product' | 'hostname';

type Weighted<T> = readonly (readonly [T, number])[];

export interface PlatformProfile {
  readonly operatingSystem: Weighted<string>;
  readonly deviceType: Beta.DeviceType;
  readonly enrollment: Weighted<Beta.DeviceEnrollmentType>;
  readonly managementAgent: Beta.ManagementAgentType;
  readonly owner: Beta.ManagedDeviceOwnerType;
  readonly hardware: readonly Hardware[];
  readonly versions: Weighted<string>;
  readonly naming: NameStyle;
  /** Share of devices enrolled without a user (kiosks, shared scanners). */
  readonly userless: number;
  readonly supervised: number;
}

const IPHONES: readonly Hardware[] = [
  { manufacturer: 'Apple', model: 'iPhone 13', product: 'iPhone', serial: 'apple', tac: '35328111' },
  { manufacturer: 'Apple', model: 'iPhone 14 Pro', product: 'iPhone', serial: 'apple', tac: '35345621' },
  { manufacturer: 'Apple', model: 'iPhone 15', product: 'iPhone', serial: 'apple', tac: '35891776' },
  { manufacturer: 'Apple', model: 'iPhone SE (3rd generation)', product: 'iPhone', serial: 'apple', tac: '35290611' },
  { manufacturer: 'Apple', model: 'iPhone 16 Pro Max', product: 'iPhone', serial: 'apple', tac: '35038734' },
];
const IPADS: readonly Hardware[] = [
  { manufacturer: 'Apple', model: 'iPad (10th generation)', product: 'iPad', serial: 'apple' },
  { manufacturer: 'Apple', model: 'iPad Air (5th generation)', product: 'iPad', serial: 'apple' },
  { manufacturer: 'Apple', model: 'iPad Pro 11-inch (4th generation)', product: 'iPad', serial: 'apple' },
];
const PHONES: readonly Hardware[] = [
  { manufacturer: 'samsung', model: 'SM-S911B', product: 'Galaxy S23', serial: 'samsung', tac: '35067284' },
  { manufacturer: 'samsung', model: 'SM-A546B', product: 'Galaxy A54', serial: 'samsung', tac: '35201647' },
  { manufacturer: 'Google', model: 'Pixel 8', product: 'Pixel 8', serial: 'google', tac: '35593542' },
  { manufacturer: 'motorola', model: 'moto g54 5G', product: 'moto g54', serial: 'google', tac: '35218950' },
];
const OLD_PHONES: readonly Hardware[] = [
  { manufacturer: 'samsung', model: 'SM-G920F', product: 'Galaxy S6', serial: 'samsung', tac: '35780806' },
  { manufacturer: 'samsung', model: 'SM-J500F', product: 'Galaxy J5', serial: 'samsung', tac: '35710107' },
  { manufacturer: 'LGE', model: 'LG-H850', product: 'LG G5', serial: 'google', tac: '35320307' },
];
const RUGGED: readonly Hardware[] = [
  { manufacturer: 'Zebra Technologies', model: 'TC52', product: 'TC52', serial: 'rugged', tac: '35387210' },
  { manufacturer: 'Honeywell', model: 'CT40', product: 'CT40', serial: 'rugged', tac: '35455010' },
  { manufacturer: 'samsung', model: 'SM-T575', product: 'Galaxy Tab Active3', serial: 'samsung' },
];
const AOSP: readonly Hardware[] = [
  { manufacturer: 'RealWear', model: 'Navigator 520', product: 'Navigator', serial: 'rugged' },
  { manufacturer: 'Oculus', model: 'Quest 3', product: 'Quest', serial: 'rugged' },
];
const PCS: readonly Hardware[] = [
  { manufacturer: 'Dell Inc.', model: 'Latitude 7440', product: 'Latitude', serial: 'dell' },
  { manufacturer: 'LENOVO', model: 'ThinkPad T14 Gen 4', product: 'ThinkPad', serial: 'lenovo' },
  { manufacturer: 'HP', model: 'HP EliteBook 840 G10', product: 'EliteBook', serial: 'hp' },
  { manufacturer: 'Microsoft Corporation', model: 'Surface Laptop 5', product: 'Surface', serial: 'surface' },
];
const MACS: readonly Hardware[] = [
  { manufacturer: 'Apple', model: 'MacBook Air (M2, 2022)', product: 'MacBook Air', serial: 'apple' },
  { manufacturer: 'Apple', model: 'MacBook Pro (14-inch, 2023)', product: 'MacBook Pro', serial: 'apple' },
];

const APPLE_VERSIONS: Weighted<string> = [
  ['15.8.3', 2], ['16.7.10', 4], ['17.6.1', 10], ['17.7.2', 6], ['18.1.1', 8], ['18.3.2', 12], ['18.5', 15], ['26.0.1', 6],
];
const MODERN_ANDROID: Weighted<string> = [['10', 2], ['11', 4], ['12', 6], ['13', 12], ['14', 14], ['15', 8]];
const ANDROID_OS: Weighted<string> = [['Android', 1]];

const android = (p: Partial<PlatformProfile> & Pick<PlatformProfile, 'enrollment' | 'hardware'>): PlatformProfile => ({
  operatingSystem: ANDROID_OS, deviceType: 'androidEnterprise', managementAgent: 'mdm', owner: 'company',
  versions: MODERN_ANDROID, naming: 'intune', userless: 0, supervised: 0, ...p,
});

export const PROFILES: Readonly<Record<PlatformMode, PlatformProfile>> = {
  ios: { operatingSystem: [['iOS', 1]], deviceType: 'iPhone', enrollment: [['appleBulkWithUser', 6], ['userEnrollment', 3], ['deviceEnrollmentManager', 1]],
    managementAgent: 'mdm', owner: 'company', hardware: IPHONES, versions: APPLE_VERSIONS, naming: 'apple', userless: 0, supervised: 0.7 },
  ipados: { operatingSystem: [['iPadOS', 4], ['iOS', 1]], deviceType: 'iPad', enrollment: [['appleBulkWithUser', 3], ['appleBulkWithoutUser', 1]],
    managementAgent: 'mdm', owner: 'company', hardware: IPADS, versions: APPLE_VERSIONS, naming: 'apple', userless: 0.2, supervised: 0.8 },
  appleUserEnrollment: { operatingSystem: [['iOS', 1]], deviceType: 'iPhone',
    enrollment: [['appleUserEnrollment', 2], ['appleUserEnrollmentWithServiceAccount', 1], ['appleAccountDrivenUserEnrollment', 3]],
    managementAgent: 'mdm', owner: 'personal', hardware: IPHONES, versions: APPLE_VERSIONS, naming: 'apple', userless: 0, supervised: 0 },
  androidWorkProfile: android({ operatingSystem: [['Android', 19], ['AndroidForWork', 1]], deviceType: 'androidForWork', owner: 'personal',
    enrollment: [['userEnrollment', 1]], hardware: PHONES, versions: [['6.0.1', 1], ['7.1.2', 1], ['8.1.0', 2], ['9', 3], ...MODERN_ANDROID] }),
  androidDeviceAdmin: android({ deviceType: 'android', enrollment: [['userEnrollment', 1]], hardware: OLD_PHONES, naming: 'product',
    versions: [['4.4.2', 1], ['5.1.1', 2], ['6.0', 2], ['6.0.1', 4], ['7.0', 3], ['7.1.2', 2], ['8.0.0', 2], ['9', 1]] }),
  androidDedicated: android({ enrollment: [['androidEnterpriseDedicatedDevice', 1]], hardware: RUGGED, naming: 'kiosk', userless: 0.9 }),
  androidFullyManaged: android({ enrollment: [['androidEnterpriseFullyManaged', 1]], hardware: PHONES }),
  androidCorporateWorkProfile: android({ enrollment: [['androidEnterpriseCorporateWorkProfile', 1]], hardware: PHONES }),
  androidAosp: android({ deviceType: 'androidnGMS', managementAgent: 'intuneAosp', hardware: AOSP, naming: 'kiosk', userless: 0.5,
    enrollment: [['androidAOSPUserOwnedDeviceEnrollment', 1], ['androidAOSPUserlessDeviceEnrollment', 1]], versions: [['10', 1], ['12', 2], ['13', 2]] }),
  windows: { operatingSystem: [['Windows', 1]], deviceType: 'desktop',
    enrollment: [['windowsAzureADJoin', 6], ['windowsAutoEnrollment', 2], ['windowsCoManagement', 3], ['windowsBulkUserless', 1]],
    managementAgent: 'mdm', owner: 'company', hardware: PCS, naming: 'windows', userless: 0.05, supervised: 0,
    versions: [['10.0.19045.5131', 4], ['10.0.22631.4460', 8], ['10.0.26100.2605', 6]] },
  macos: { operatingSystem: [['macOS', 1]], deviceType: 'macMDM', enrollment: [['appleBulkWithUser', 3], ['userEnrollment', 1]],
    managementAgent: 'mdm', owner: 'company', hardware: MACS, naming: 'apple', userless: 0, supervised: 0.6,
    versions: [['13.7.1', 2], ['14.7.1', 5], ['15.1.1', 6], ['15.3', 4]] },
  linux: { operatingSystem: [['Linux', 1]], deviceType: 'linux', enrollment: [['userEnrollment', 1]], managementAgent: 'msSense',
    owner: 'company', hardware: PCS, versions: [['22.04', 2], ['24.04', 3]], naming: 'hostname', userless: 0, supervised: 0 },
  chromeos: { operatingSystem: [['ChromeOS', 1]], deviceType: 'chromeOS', enrollment: [['unknown', 1]], managementAgent: 'google',
    owner: 'company', hardware: PCS, versions: [['126.0.6478.222', 1]], naming: 'hostname', userless: 0.3, supervised: 0 },
  visionos: { operatingSystem: [['visionOS', 1]], deviceType: 'visionOS', enrollment: [['appleBulkWithUser', 1]], managementAgent: 'mdm',
    owner: 'company', hardware: [{ manufacturer: 'Apple', model: 'Apple Vision Pro', product: 'Apple Vision Pro', serial: 'apple' }],
    versions: [['2.1', 1]], naming: 'apple', userless: 0, supervised: 1 },
  tvos: { operatingSystem: [['tvOS', 1]], deviceType: 'tvOS', enrollment: [['appleBulkWithoutUser', 1]], managementAgent: 'mdm',
    owner: 'company', hardware: [{ manufacturer: 'Apple', model: 'Apple TV 4K (3rd generation)', product: 'Apple TV', serial: 'apple' }],
    versions: [['18.1', 1]], naming: 'kiosk', userless: 1, supervised: 1 },
  unknown: { operatingSystem: [['Unknown', 1]], deviceType: 'unknown', enrollment: [['unknown', 1]], managementAgent: 'unknown',
    owner: 'unknown', hardware: [{ manufacturer: '', model: '', product: 'Device', serial: 'rugged' }],
    versions: [['', 1]], naming: 'hostname', userless: 0.5, supervised: 0 },
};

/** How common each mode is in the generated bulk, roughly a mid-size company's mix. */
export const MODE_WEIGHTS: Weighted<PlatformMode> = [
  ['ios', 28], ['ipados', 6], ['appleUserEnrollment', 2], ['androidWorkProfile', 8], ['androidDeviceAdmin', 2],
  ['androidDedicated', 3], ['androidFullyManaged', 7], ['androidCorporateWorkProfile', 4], ['androidAosp', 1],
  ['windows', 28], ['macos', 8], ['linux', 1.5], ['chromeos', 0.5], ['visionos', 0.3], ['tvos', 0.3], ['unknown', 0.4],
];
