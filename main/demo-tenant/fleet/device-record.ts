import type * as Beta from '@microsoft/microsoft-graph-types-beta';

/**
 * A device as the demo tenant holds it: the beta Graph facts it serves, plus
 * what Intune knows but Graph does not show (the platform mode and the hidden
 * traits that decide how a passcode reset ends).
 */
export type PlatformMode =
  | 'ios'
  | 'ipados'
  | 'appleUserEnrollment'
  | 'androidWorkProfile'
  | 'androidDeviceAdmin'
  | 'androidDedicated'
  | 'androidFullyManaged'
  | 'androidCorporateWorkProfile'
  | 'androidAosp'
  | 'windows'
  | 'macos'
  | 'linux'
  | 'chromeos'
  | 'visionos'
  | 'tvos'
  | 'unknown';

export interface DeviceTraits {
  /** A passcode policy applies to the device or work profile; without it a reset fails. */
  hasPasscodePolicy: boolean;
  /** Android work profile: the user activated the reset token; without it the action is notSupported. */
  resetTokenActive: boolean;
  /** iOS/iPadOS: Intune escrowed the unlock token; without it removal fails. */
  unlockTokenPresent: boolean;
  /** Personally-owned work profile (8.0+): Intune also hands the admin a temporary work-profile passcode. */
  temporaryWorkProfilePasscode?: boolean;
}

export interface DemoDevice {
  readonly id: string;
  readonly mode: PlatformMode;
  deviceName: string;
  managedDeviceName: string;
  operatingSystem: string;
  osVersion: string;
  deviceType: Beta.DeviceType;
  deviceEnrollmentType: Beta.DeviceEnrollmentType;
  managementAgent: Beta.ManagementAgentType;
  managedDeviceOwnerType: Beta.ManagedDeviceOwnerType;
  complianceState: Beta.ComplianceState;
  managementState: Beta.ManagementState;
  userPrincipalName: string;
  userDisplayName: string;
  userId: string;
  serialNumber: string;
  /** "" where the device has no modem (Graph sends an empty string, not null). */
  imei: string;
  model: string;
  manufacturer: string;
  lastSyncMs: number;
  enrolledMs: number;
  isSupervised: boolean;
  isEncrypted: boolean;
  /** beta hardwareInformation.isSharedDevice: a Shared iPad (served on the single-device GET only). */
  isSharedDevice: boolean;
  azureADDeviceId: string;
  androidSecurityPatchLevel: string;
  traits: DeviceTraits;
}

/**
 * Graph's enums grow over time and a client meets values its typings do not
 * know. The fleet serves a few on purpose; this is the one place that says so.
 */
export function futureEnum<T extends string>(value: string): T {
  return value as T;
}
