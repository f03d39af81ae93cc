import type { Device } from './device';

/**
 * Makes devices small for a window that holds a whole fleet (issue 19, 500,000 devices).
 *
 * - One copy of each repeated value: a device arrives as parsed JSON, with its own copy of every
 *   string ("iPhone 15", "17.6.1", "compliant") and of its passcode decision.
 * - One compact object per device. The IPC check (zod) hands over a copy built key by key, and
 *   V8 keeps an object given that many keys one at a time in dictionary mode: a hash table of
 *   about 400 bytes per device in the heap snapshot, the largest item in the window. An object
 *   literal with every field gets them stored inline (about 100 bytes), and reads of its
 *   fields (search, sort, rows) stay fast.
 */
/** Decision objects remembered by identity: a page holds a few distinct decisions (eligible or not, per mode and reason). */
const decisionsKeptLately = 64;

export function createDeviceInterner(): (device: Device) => Device {
  const strings = new Map<string, string>();
  const decisions = new Map<string, Device['decision']>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  // The window's pages arrive packed (renderer/store/device-page-answer.ts): the devices of a page with equal
  // decisions hold one decision object. A decision object seen lately is found by identity, so the key below is
  // built once per decision of a page, not once per device: those keys were about an eighth of what the window's
  // main thread allocated while 100,000 devices loaded (docs/benchmarks.md "Issue 19 session 12"). Only the
  // latest objects are kept, so the fleet's old pages are not held here.
  const lately = new Map<Device['decision'], Device['decision']>();
  const shared = (decision: Device['decision']): Device['decision'] => {
    const seen = lately.get(decision);
    if (seen !== undefined) return seen;
    const key = `${decision.eligible}|${decision.mode}|${decision.eligible ? decision.outcomeCode : decision.reasonCode}|${decision.source}|${decision.cautionCode ?? ''}`;
    let known = decisions.get(key);
    if (known === undefined) {
      decisions.set(key, decision);
      known = decision;
    }
    if (lately.size >= decisionsKeptLately) lately.clear();
    lately.set(decision, known);
    return known;
  };
  // Every field of the schema, in its order, so that all devices share one shape.
  return (device) => ({
    id: device.id,
    name: device.name,
    platform: intern(device.platform),
    osVersion: intern(device.osVersion),
    deviceType: intern(device.deviceType),
    enrollmentType: intern(device.enrollmentType),
    managementAgent: intern(device.managementAgent),
    ownerType: intern(device.ownerType),
    userPrincipalName: device.userPrincipalName,
    userDisplayName: device.userDisplayName,
    serialNumber: device.serialNumber,
    imei: device.imei,
    model: intern(device.model),
    manufacturer: intern(device.manufacturer),
    lastSyncDateTime: device.lastSyncDateTime,
    enrolledDateTime: device.enrolledDateTime,
    complianceState: intern(device.complianceState),
    managementState: intern(device.managementState),
    isSupervised: device.isSupervised,
    isSharedDevice: device.isSharedDevice,
    decision: shared(device.decision),
  });
}
