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
 * A device id as a request names it. It becomes one segment of a Graph URL, where "." and ".."
 * would name another resource (URL parsers resolve them even percent-encoded), so those are refused.
 */
export const deviceIdSchema = z
  .string()
  .min(1)
  .max(128)
  .refine((id) => id !== '.' && id !== '..', 'not a device id');

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
  decision: compactDecisionSchema,
});
export type Device = z.infer<typeof deviceSchema>;
