import { decidePasscodeCodes, type PasscodeFacts } from '../rules/passcode-rules';
import type { Device } from './device';
import type { GraphManagedDevice } from './graph-device';
import {
  enumReader,
  graphComplianceStates,
  graphDeviceTypes,
  graphEnrollmentTypes,
  graphManagementAgents,
  graphManagementStates,
  graphOwnerTypes,
} from './graph-enums';
import { platformOf } from '../platform/platform';
import { isPlainGraphUtc } from './graph-utc-time';
import { boundGraphText, maxGraphName, maxGraphWord } from './graph-text-bounds';

const readDeviceType = enumReader(graphDeviceTypes);
const readEnrollmentType = enumReader(graphEnrollmentTypes);
const readManagementAgent = enumReader(graphManagementAgents);
const readOwnerType = enumReader(graphOwnerTypes);
const readComplianceState = enumReader(graphComplianceStates);
const readManagementState = enumReader(graphManagementStates);

/** Trimmed text, or null; a word unless said, cut to its bound (graph-text-bounds.ts). */
function text(value: unknown, max = maxGraphWord): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : boundGraphText(trimmed, max);
}

const name = (value: unknown) => text(value, maxGraphName);

/**
 * The device's id as Graph sent it, or null. An id is never cut: a cut id names no device (and two cut
 * ids could name the same). One longer than any id Graph gives is no id anything could act on.
 */
function deviceIdOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > maxGraphWord ? null : trimmed;
}

const isoDatePrefix = /^\d{4}-\d{2}-\d{2}/;
const year10000 = Date.UTC(10000, 0, 1);

/**
 * A canonical ISO time, or null. Graph writes "never" as 0001-01-01T00:00:00Z,
 * hence the lower bound; the upper one keeps toISOString in four-digit years.
 * Only ISO-looking input is parsed, as Date.parse guesses at anything else.
 */
function time(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > maxGraphWord) return null;
  if (isPlainGraphUtc(value)) return `${value.slice(0, 19)}.000Z`;
  if (!isoDatePrefix.test(value)) return null;
  const ms = Date.parse(value);
  return ms > 0 && ms < year10000 ? new Date(ms).toISOString() : null;
}

/** beta `hardwareInformation.isSharedDevice`, or null when Graph did not say. */
function sharedDeviceOf(hardware: unknown): boolean | null {
  if (typeof hardware !== 'object' || hardware === null) return null;
  const shared = (hardware as { isSharedDevice?: unknown }).isSharedDevice;
  return typeof shared === 'boolean' ? shared : null;
}

/**
 * A Graph beta managedDevice (as parsed from JSON, so anything) to a Device
 * with its passcode decision. Never throws; null when there is no device id
 * to act on.
 */
export function normalizeDevice(raw: unknown): Device | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const graph = raw as { [K in keyof GraphManagedDevice]?: unknown };
  const id = deviceIdOf(graph.id);
  if (id === null) return null;
  const osVersion = text(graph.osVersion);
  const isSharedDevice = sharedDeviceOf((raw as { hardwareInformation?: unknown }).hardwareInformation);
  const facts: PasscodeFacts = {
    operatingSystem: text(graph.operatingSystem),
    osVersion,
    deviceType: text(graph.deviceType),
    deviceEnrollmentType: text(graph.deviceEnrollmentType),
    managementAgent: text(graph.managementAgent),
    isSharedDevice,
  };
  return {
    id,
    name: name(graph.deviceName),
    platform: platformOf(facts),
    osVersion,
    deviceType: readDeviceType(graph.deviceType),
    enrollmentType: readEnrollmentType(graph.deviceEnrollmentType),
    managementAgent: readManagementAgent(graph.managementAgent),
    ownerType: readOwnerType(graph.managedDeviceOwnerType),
    userPrincipalName: name(graph.userPrincipalName),
    userDisplayName: name(graph.userDisplayName),
    serialNumber: text(graph.serialNumber),
    imei: text(graph.imei),
    model: name(graph.model),
    manufacturer: name(graph.manufacturer),
    lastSyncDateTime: time(graph.lastSyncDateTime),
    enrolledDateTime: time(graph.enrolledDateTime),
    complianceState: readComplianceState(graph.complianceState),
    managementState: readManagementState(graph.managementState),
    isSupervised: typeof graph.isSupervised === 'boolean' ? graph.isSupervised : null,
    isSharedDevice,
    decision: decidePasscodeCodes(facts),
  };
}
