import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import { futureEnum, type DeviceTraits, type PlatformMode } from './device-record';

/**
 * The fixed head of every fleet: one or more devices per row of the passcode
 * support matrix, both sides of each Android version boundary, the known
 * failure causes, and the inputs a client must survive (the "AndroidForWork"
 * operating system, unparseable versions, enum values newer than its typings).
 * Named for what they are, so a demo user can search for them and a test can
 * find them by name.
 */
export interface RuleDeviceSpec {
  readonly name: string;
  readonly mode: PlatformMode;
  readonly osVersion: string;
  readonly operatingSystem?: string;
  readonly enrollment?: Beta.DeviceEnrollmentType;
  readonly traits?: Partial<DeviceTraits>;
  /** A Shared iPad (beta hardwareInformation.isSharedDevice). */
  readonly shared?: boolean;
  readonly userless?: boolean;
  /** Serve enum strings newer than the typings (FUTURE_ENUM_FIELDS). */
  readonly futureEnums?: boolean;
}

const awp = (version: string, extra: Partial<RuleDeviceSpec> = {}): RuleDeviceSpec => ({
  name: `DEMO-AWP-${version}`, mode: 'androidWorkProfile', osVersion: version, operatingSystem: 'Android', ...extra,
});
const da = (version: string, extra: Partial<RuleDeviceSpec> = {}): RuleDeviceSpec => ({
  name: `DEMO-DA-${version}`, mode: 'androidDeviceAdmin', osVersion: version, operatingSystem: 'Android', ...extra,
});

export const RULE_DEVICE_SPECS: readonly RuleDeviceSpec[] = [
  // The seed's matrix.
  { name: 'DEMO-IOS-17', mode: 'ios', osVersion: '17.6.1', operatingSystem: 'iOS' },
  { name: 'DEMO-IOS-18', mode: 'ios', osVersion: '18.5', operatingSystem: 'iOS' },
  awp('6.0'), awp('6.0.1'), awp('6.9'), awp('7.0'), awp('7.1.2'), awp('14'),
  da('5.1.1'), da('6.0'), da('6.0.1'), da('6.9'), da('7.0'), da('7.1.2'), da('10'),
  { name: 'DEMO-MACOS-15', mode: 'macos', osVersion: '15.1.1' },
  { name: 'DEMO-WINDOWS-11', mode: 'windows', osVersion: '10.0.26100.2605' },
  // What current Intune docs add.
  { name: 'DEMO-IPADOS-18', mode: 'ipados', osVersion: '18.3.2', operatingSystem: 'iPadOS' },
  { name: 'DEMO-IPAD-REPORTED-AS-IOS', mode: 'ipados', osVersion: '17.7.2', operatingSystem: 'iOS' },
  { name: 'DEMO-IOS-USER-ENROLLMENT', mode: 'appleUserEnrollment', osVersion: '17.6.1', enrollment: 'appleUserEnrollment' },
  { name: 'DEMO-IOS-USER-ENROLLMENT-SA', mode: 'appleUserEnrollment', osVersion: '16.7.10', enrollment: 'appleUserEnrollmentWithServiceAccount' },
  { name: 'DEMO-IOS-ACCOUNT-DRIVEN-UE', mode: 'appleUserEnrollment', osVersion: '18.3.2', enrollment: 'appleAccountDrivenUserEnrollment' },
  { name: 'DEMO-AE-DEDICATED-13', mode: 'androidDedicated', osVersion: '13', userless: true },
  { name: 'DEMO-AE-FULLY-MANAGED-14', mode: 'androidFullyManaged', osVersion: '14' },
  { name: 'DEMO-AE-COPE-13', mode: 'androidCorporateWorkProfile', osVersion: '13' },
  { name: 'DEMO-AOSP-USER-OWNED-12', mode: 'androidAosp', osVersion: '12', enrollment: 'androidAOSPUserOwnedDeviceEnrollment' },
  { name: 'DEMO-AOSP-USERLESS-10', mode: 'androidAosp', osVersion: '10', enrollment: 'androidAOSPUserlessDeviceEnrollment', userless: true },
  { name: 'DEMO-LINUX', mode: 'linux', osVersion: '24.04' },
  { name: 'DEMO-CHROMEOS', mode: 'chromeos', osVersion: '126.0.6478.222' },
  // Current docs, checked 2026-11 (docs/intune-facts.md).
  { name: 'DEMO-VISIONOS', mode: 'visionos', osVersion: '2.1', operatingSystem: 'visionOS' },
  { name: 'DEMO-VISIONOS-1.0', mode: 'visionos', osVersion: '1.0.3', operatingSystem: 'visionOS' },
  { name: 'DEMO-SHARED-IPAD', mode: 'ipados', osVersion: '18.1', operatingSystem: 'iPadOS', enrollment: 'appleBulkWithoutUser', shared: true, userless: true },
  awp('13', { name: 'DEMO-AWP-13-TEMP-PASSCODE', traits: { temporaryWorkProfilePasscode: true } }),
  { name: 'DEMO-TVOS', mode: 'tvos', osVersion: '18.1', userless: true },
  { name: 'DEMO-UNKNOWN-PLATFORM', mode: 'unknown', osVersion: '' },
  // Known failure causes, reported by Graph only after the action runs.
  { name: 'DEMO-FAIL-IOS-NO-POLICY', mode: 'ios', osVersion: '18.1.1', operatingSystem: 'iOS', traits: { hasPasscodePolicy: false } },
  { name: 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', mode: 'ios', osVersion: '17.7.2', operatingSystem: 'iOS', traits: { unlockTokenPresent: false } },
  awp('13', { name: 'DEMO-FAIL-AWP-NO-POLICY', traits: { hasPasscodePolicy: false } }),
  awp('12', { name: 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE', traits: { resetTokenActive: false } }),
  { name: 'DEMO-FAIL-COPE-RESET-TOKEN-INACTIVE', mode: 'androidCorporateWorkProfile', osVersion: '14', traits: { resetTokenActive: false } },
  // Inputs a client must not trip over.
  awp('13', { name: 'DEMO-AWP-OS-ANDROIDFORWORK-13', operatingSystem: 'AndroidForWork' }),
  da('', { name: 'DEMO-DA-VERSION-EMPTY' }),
  awp('unknown', { name: 'DEMO-AWP-VERSION-UNKNOWN' }),
  da('7.x', { name: 'DEMO-DA-VERSION-7.X' }),
  { name: 'DEMO-ENUM-FUTURE', mode: 'unknown', osVersion: '15', operatingSystem: 'Android', futureEnums: true },
  // Gets another technician's reset, still pending, when other users' actions are seeded.
  { name: 'DEMO-IOS-OTHER-PENDING', mode: 'ios', osVersion: '18.5', operatingSystem: 'iOS' },
];

export const OTHER_PENDING_DEVICE_NAME = 'DEMO-IOS-OTHER-PENDING';

/** Enum strings newer than the typings, served as-is on beta. */
export const FUTURE_ENUM_FIELDS = {
  deviceType: futureEnum<Beta.DeviceType>('androidXR'),
  deviceEnrollmentType: futureEnum<Beta.DeviceEnrollmentType>('androidEnterpriseVirtualDedicated'),
  managementAgent: futureEnum<Beta.ManagementAgentType>('intuneAgentNext'),
  complianceState: futureEnum<Beta.ComplianceState>('pendingEvaluation'),
  managementState: futureEnum<Beta.ManagementState>('migrating'),
} as const;
