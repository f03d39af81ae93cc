import type * as V1 from '@microsoft/microsoft-graph-types';
import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import type { DemoDevice } from '../fleet/device-record';

/**
 * A device as Graph serves it. Beta shows everything the tenant holds; v1.0
 * hides the beta-only properties and folds enum values it does not define
 * into `unknownFutureValue` (or `unknown` where the v1.0 enum lacks that), so
 * v1.0 cannot tell Android Enterprise modes apart, exactly as in production.
 */
export type GraphVersion = 'v1.0' | 'beta';
/** A plain deviceActionResult, or a resetPasscodeActionResult (which adds errorCode and passcode). */
export type ActionResultView = Beta.ResetPasscodeActionResult & V1.ResetPasscodeActionResult & { readonly '@odata.type'?: string };

/** Intune reports device times to the second. */
export const graphTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const V1_ENROLLMENT: Readonly<Record<V1.DeviceEnrollmentType, true>> = {
  unknown: true, userEnrollment: true, deviceEnrollmentManager: true, appleBulkWithUser: true, appleBulkWithoutUser: true,
  windowsAzureADJoin: true, windowsBulkUserless: true, windowsAutoEnrollment: true, windowsBulkAzureDomainJoin: true,
  windowsCoManagement: true, windowsAzureADJoinUsingDeviceAuth: true, appleUserEnrollment: true,
  appleUserEnrollmentWithServiceAccount: true, unknownFutureValue: true,
};
const V1_AGENT: Readonly<Record<V1.ManagementAgentType, true>> = {
  eas: true, mdm: true, easMdm: true, intuneClient: true, easIntuneClient: true, configurationManagerClient: true,
  configurationManagerClientMdm: true, configurationManagerClientMdmEas: true, unknown: true, jamf: true,
  googleCloudDevicePolicyController: true, microsoft365ManagedMdm: true, msSense: true,
};
const COMPLIANCE: Readonly<Record<V1.ComplianceState, true>> = {
  unknown: true, compliant: true, noncompliant: true, conflict: true, error: true, inGracePeriod: true, configManager: true,
};
const OWNER: Readonly<Record<V1.ManagedDeviceOwnerType, true>> = { unknown: true, company: true, personal: true, unknownFutureValue: true };

function known<T extends string>(table: Readonly<Record<T, true>>, value: string): value is T {
  return Object.hasOwn(table, value);
}

/** Properties both versions serve, with the values both versions' types accept. */
function sharedView(d: DemoDevice, results: readonly ActionResultView[]) {
  const mobile = d.deviceType.startsWith('android') || d.deviceType === 'iPhone' || d.deviceType === 'iPad';
  return {
    id: d.id,
    deviceName: d.deviceName,
    managedDeviceName: d.managedDeviceName,
    operatingSystem: d.operatingSystem,
    osVersion: d.osVersion,
    userPrincipalName: d.userPrincipalName,
    userDisplayName: d.userDisplayName,
    userId: d.userId,
    emailAddress: d.userPrincipalName,
    serialNumber: d.serialNumber,
    imei: d.imei,
    meid: '',
    model: d.model,
    manufacturer: d.manufacturer,
    lastSyncDateTime: graphTime(d.lastSyncMs),
    enrolledDateTime: graphTime(d.enrolledMs),
    isSupervised: d.isSupervised,
    isEncrypted: d.isEncrypted,
    jailBroken: mobile ? 'False' : 'Unknown',
    azureADDeviceId: d.azureADDeviceId,
    azureADRegistered: true,
    deviceRegistrationState: 'registered',
    deviceCategoryDisplayName: 'Unknown',
    androidSecurityPatchLevel: d.androidSecurityPatchLevel,
    deviceActionResults: [...results],
  } as const satisfies V1.ManagedDevice & Beta.ManagedDevice;
}

export function betaDeviceView(d: DemoDevice, results: readonly ActionResultView[]) {
  return {
    ...sharedView(d, results),
    // Beta's hardwareInformation is a large complex type; the single-device GET fills what the app reads.
    hardwareInformation: { isSharedDevice: d.isSharedDevice } satisfies Beta.HardwareInformation,
    deviceType: d.deviceType,
    deviceEnrollmentType: d.deviceEnrollmentType,
    managementAgent: d.managementAgent,
    managedDeviceOwnerType: d.managedDeviceOwnerType,
    complianceState: d.complianceState,
    managementState: d.managementState,
    enrolledByUserPrincipalName: d.userPrincipalName,
  } satisfies Beta.ManagedDevice;
}

export function v1DeviceView(d: DemoDevice, results: readonly ActionResultView[]) {
  return {
    ...sharedView(d, results),
    deviceEnrollmentType: known(V1_ENROLLMENT, d.deviceEnrollmentType) ? d.deviceEnrollmentType : 'unknownFutureValue',
    managementAgent: known(V1_AGENT, d.managementAgent) ? d.managementAgent : 'unknown',
    managedDeviceOwnerType: known(OWNER, d.managedDeviceOwnerType) ? d.managedDeviceOwnerType : 'unknownFutureValue',
    complianceState: known(COMPLIANCE, d.complianceState) ? d.complianceState : 'unknown',
  } satisfies V1.ManagedDevice;
}

export type DeviceView = ReturnType<typeof betaDeviceView> | ReturnType<typeof v1DeviceView>;

export function deviceView(version: GraphVersion, d: DemoDevice, results: readonly ActionResultView[]): DeviceView {
  return version === 'beta' ? betaDeviceView(d, results) : v1DeviceView(d, results);
}

const BETA_ONLY = ['deviceType', 'managementState', 'enrolledByUserPrincipalName', 'hardwareInformation'] as const satisfies readonly (keyof Beta.ManagedDevice)[];
const SHARED = [
  'id', 'deviceName', 'managedDeviceName', 'operatingSystem', 'osVersion', 'deviceEnrollmentType', 'managementAgent',
  'managedDeviceOwnerType', 'complianceState', 'userPrincipalName', 'userDisplayName', 'userId', 'emailAddress',
  'serialNumber', 'imei', 'meid', 'model', 'manufacturer', 'lastSyncDateTime', 'enrolledDateTime', 'isSupervised',
  'isEncrypted', 'jailBroken', 'azureADDeviceId', 'azureADRegistered', 'deviceRegistrationState',
  'deviceCategoryDisplayName', 'androidSecurityPatchLevel', 'deviceActionResults',
] as const satisfies readonly (keyof V1.ManagedDevice & keyof Beta.ManagedDevice)[];

const byLowerCase = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]));

/** What `$select` accepts on each version (lower case to canonical name). */
export const SELECTABLE: Readonly<Record<GraphVersion, ReadonlyMap<string, string>>> = {
  'v1.0': byLowerCase(SHARED),
  beta: byLowerCase([...SHARED, ...BETA_ONLY]),
};
