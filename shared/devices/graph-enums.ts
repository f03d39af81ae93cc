import type {
  ComplianceState,
  DeviceEnrollmentType,
  DeviceType,
  ManagedDeviceOwnerType,
  ManagementAgentType,
  ManagementState,
} from '@microsoft/microsoft-graph-types-beta';
import { memoizeWire } from '../platform/wire-memo';

// Graph's "unknownFutureValue" sentinel carries no more meaning than "unknown",
// so the app folds it (and any member it does not know) into 'unknown'.
type Known<T extends string> = Exclude<T, 'unknownFutureValue'> | 'unknown';

// A record rather than an array: when the Graph typings gain a member, the
// typecheck fails here until the new value is listed.
function membersOf<T extends string>(members: Record<T, true>): readonly T[] {
  return Object.keys(members) as T[];
}

export type GraphDeviceType = Known<DeviceType>;
export const graphDeviceTypes = membersOf<GraphDeviceType>({
  desktop: true, windowsRT: true, winMO6: true, nokia: true, windowsPhone: true, mac: true, winCE: true,
  winEmbedded: true, iPhone: true, iPad: true, iPod: true, android: true, iSocConsumer: true, unix: true,
  macMDM: true, holoLens: true, surfaceHub: true, androidForWork: true, androidEnterprise: true,
  windows10x: true, androidnGMS: true, chromeOS: true, linux: true, visionOS: true, tvOS: true,
  blackberry: true, palm: true, unknown: true, cloudPC: true,
});

export type GraphEnrollmentType = Known<DeviceEnrollmentType>;
export const graphEnrollmentTypes = membersOf<GraphEnrollmentType>({
  unknown: true, userEnrollment: true, deviceEnrollmentManager: true, appleBulkWithUser: true,
  appleBulkWithoutUser: true, windowsAzureADJoin: true, windowsBulkUserless: true, windowsAutoEnrollment: true,
  windowsBulkAzureDomainJoin: true, windowsCoManagement: true, windowsAzureADJoinUsingDeviceAuth: true,
  appleUserEnrollment: true, appleUserEnrollmentWithServiceAccount: true, azureAdJoinUsingAzureVmExtension: true,
  androidEnterpriseDedicatedDevice: true, androidEnterpriseFullyManaged: true,
  androidEnterpriseCorporateWorkProfile: true, androidAOSPUserOwnedDeviceEnrollment: true,
  androidAOSPUserlessDeviceEnrollment: true, appleAccountDrivenUserEnrollment: true,
});

export type GraphManagementAgent = Known<ManagementAgentType>;
export const graphManagementAgents = membersOf<GraphManagementAgent>({
  eas: true, mdm: true, easMdm: true, intuneClient: true, easIntuneClient: true, configurationManagerClient: true,
  configurationManagerClientMdm: true, configurationManagerClientMdmEas: true, unknown: true, jamf: true,
  googleCloudDevicePolicyController: true, microsoft365ManagedMdm: true, msSense: true, intuneAosp: true,
  google: true,
});

export type GraphOwnerType = Known<ManagedDeviceOwnerType>;
export const graphOwnerTypes = membersOf<GraphOwnerType>({ unknown: true, company: true, personal: true });

export type GraphComplianceState = Known<ComplianceState>;
export const graphComplianceStates = membersOf<GraphComplianceState>({
  unknown: true, compliant: true, noncompliant: true, conflict: true, error: true, inGracePeriod: true,
  configManager: true,
});

export type GraphManagementState = Known<ManagementState>;
export const graphManagementStates = membersOf<GraphManagementState>({
  managed: true, retirePending: true, retireFailed: true, wipePending: true, wipeFailed: true, unhealthy: true,
  deletePending: true, retireIssued: true, wipeIssued: true, wipeCanceled: true, retireCanceled: true,
  discovered: true, unknown: true,
});

/**
 * Maps a wire value to its known member, case-insensitively (Graph is
 * consistent, hand-made fixtures and older tenants are not); anything else is 'unknown'.
 */
export function enumReader<T extends string>(members: readonly T[]): (value: unknown) => T | 'unknown' {
  const byLowerCase = new Map(members.map((member) => [member.toLowerCase(), member] as const));
  // Each raw spelling is trimmed and lower-cased once, not once per device (wire-memo.ts says why).
  const read = memoizeWire((value) => byLowerCase.get(value.trim().toLowerCase()) ?? 'unknown');
  return (value) => (typeof value === 'string' ? read(value) : 'unknown');
}
