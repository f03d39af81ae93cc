import type { Device } from './device';

// Fields whose values repeat across a fleet: a handful of OS versions, models and enum values.
const repeatedFields = ['platform', 'osVersion', 'deviceType', 'enrollmentType', 'managementAgent', 'ownerType', 'model', 'manufacturer', 'complianceState', 'managementState'] as const;

/**
 * Makes devices share one copy of each repeated value. A device arrives as
 * parsed JSON, with its own copy of every string ("iPhone 15", "17.6.1",
 * "compliant") and of its passcode decision; at 500,000 devices those copies
 * are a third of the window's heap. Devices are changed in place: they are
 * fresh from the parser and belong to the fleet from then on.
 */
export function createDeviceInterner(): (device: Device) => Device {
  const strings = new Map<string, string>();
  const decisions = new Map<string, Device['decision']>();
  const intern = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  return (device) => {
    const fields = device as unknown as Record<(typeof repeatedFields)[number], string | null>;
    for (const field of repeatedFields) {
      const value = fields[field];
      if (value !== null) fields[field] = intern(value);
    }
    const decision = device.decision;
    const key = `${decision.eligible}|${decision.mode}|${decision.eligible ? decision.outcomeCode : decision.reasonCode}|${decision.source}`;
    const shared = decisions.get(key);
    if (shared === undefined) decisions.set(key, decision);
    else device.decision = shared;
    return device;
  };
}
