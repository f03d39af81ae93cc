import type { Device } from '../../../../shared/devices/device';

/** A plausible eligible iPhone; tests override what they are about. */
export function makeDevice(overrides: Partial<Device> & { id: string }): Device {
  return {
    name: `Device ${overrides.id}`,
    platform: 'ios',
    osVersion: '17.5',
    deviceType: 'iPhone',
    enrollmentType: 'appleBulkWithUser',
    managementAgent: 'mdm',
    ownerType: 'company',
    userPrincipalName: null,
    userDisplayName: null,
    serialNumber: null,
    imei: null,
    model: null,
    manufacturer: 'Apple',
    lastSyncDateTime: null,
    enrolledDateTime: null,
    complianceState: 'compliant',
    managementState: 'managed',
    isSupervised: true,
    decision: { eligible: true, mode: 'ios_device', outcomeCode: 'apple_passcode_removed', source: 'seed' },
    ...overrides,
  };
}

export const refusedDecision: Device['decision'] = {
  eligible: false,
  mode: 'windows',
  reasonCode: 'windows_not_supported',
  source: 'seed',
};
