import type { ManagedDevice } from '@microsoft/microsoft-graph-types-beta';

/**
 * The managedDevice properties the app reads, sent as `$select` to the beta
 * endpoint: only beta has `deviceType` and the Android Enterprise / AOSP
 * enrollment types the passcode rules depend on.
 */
export const managedDeviceSelectFields = [
  'id',
  'deviceName',
  'operatingSystem',
  'osVersion',
  'deviceType',
  'deviceEnrollmentType',
  'managementAgent',
  'managedDeviceOwnerType',
  'userPrincipalName',
  'userDisplayName',
  'serialNumber',
  'imei',
  'model',
  'manufacturer',
  'lastSyncDateTime',
  'enrolledDateTime',
  'complianceState',
  'managementState',
  'isSupervised',
] as const satisfies readonly (keyof ManagedDevice)[];

export type ManagedDeviceSelectField = (typeof managedDeviceSelectFields)[number];

/**
 * The single-device read adds `hardwareInformation` (beta), for
 * `isSharedDevice`: a list leaves it out or sends defaults, so only this read
 * can tell a Shared iPad (docs/intune-facts.md).
 */
export const singleDeviceSelectFields = [...managedDeviceSelectFields, 'hardwareInformation'] as const satisfies readonly (keyof ManagedDevice)[];

// Graph adds enum members without notice, so on the wire an enum property may
// hold any string; `string & {}` keeps the known members visible to tooling.
type OnTheWire<T> = T extends string ? T | (string & {}) : T;

/**
 * A managedDevice as Graph beta returns it for our `$select`. Any property may
 * be missing or null (the typings say otherwise for enums, the service does not).
 */
export type GraphManagedDevice = {
  [K in ManagedDeviceSelectField]?: OnTheWire<ManagedDevice[K]> | null;
};
