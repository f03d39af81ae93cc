import { z } from 'zod';
import { compactDecisionSchema } from '../rules/passcode-decision';
import {
  graphComplianceStates,
  graphDeviceTypes,
  graphEnrollmentTypes,
  graphManagementAgents,
  graphManagementStates,
  graphOwnerTypes,
} from './graph-enums';
import { platforms } from '../platform/platform';

/**
 * A device id as a request from the window names it: an Intune managedDevice id, which is a GUID
 * (8-4-4-4-12 hex digits, any version; the demo tenant's ids have the same shape). It becomes one
 * segment of a Graph URL, so anything else ("." and ".." name another resource even
 * percent-encoded; "/", "?", "%" or a 100-character string would reach Graph as something else) is
 * refused here, at the IPC boundary, before any handler runs or anything is logged or sent.
 */
export const deviceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const deviceIdIssue = 'not an Intune device id (a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)';
export const deviceIdSchema = z.string().regex(deviceIdPattern, deviceIdIssue);

const optionalText = z.string().min(1).nullable();
const optionalTime = z.iso.datetime().nullable();

/**
 * A managed device as the app sees it, in both processes. Flat and small on
 * purpose: a tenant's whole fleet crosses IPC. Unknown values are null, or
 * 'unknown' for enums; the passcode decision rides along as codes only.
 */
export const deviceSchema = z.object({
  id: z.string().min(1),
  name: optionalText,
  platform: z.enum(platforms),
  osVersion: optionalText,
  deviceType: z.enum(graphDeviceTypes),
  enrollmentType: z.enum(graphEnrollmentTypes),
  managementAgent: z.enum(graphManagementAgents),
  ownerType: z.enum(graphOwnerTypes),
  userPrincipalName: optionalText,
  userDisplayName: optionalText,
  serialNumber: optionalText,
  imei: optionalText,
  model: optionalText,
  manufacturer: optionalText,
  lastSyncDateTime: optionalTime,
  enrolledDateTime: optionalTime,
  complianceState: z.enum(graphComplianceStates),
  managementState: z.enum(graphManagementStates),
  isSupervised: z.boolean().nullable(),
  /** beta hardwareInformation.isSharedDevice, known only from the single-device read (null from a list). */
  isSharedDevice: z.boolean().nullable().optional(),
  decision: compactDecisionSchema,
});
export type Device = z.infer<typeof deviceSchema>;
