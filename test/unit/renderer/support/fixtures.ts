import type { ActionSummary } from '../../../../shared/actions/action-summary';
import type { Device } from '../../../../shared/devices/device';
import type { Settings } from '../../../../shared/settings/settings';

export function makeDevice(overrides: Partial<Device> = {}): Device {
  return {
    id: 'dev-ios-1',
    name: 'DEMO-IOS-17',
    platform: 'ios',
    osVersion: '17.6.1',
    deviceType: 'iPhone',
    enrollmentType: 'appleBulkWithUser',
    managementAgent: 'mdm',
    ownerType: 'company',
    userPrincipalName: 'maria.rossi@contoso.com',
    userDisplayName: 'Maria Rossi',
    serialNumber: 'F2LXK9PQ7H3M',
    imei: '356789104512345',
    model: 'iPhone 15',
    manufacturer: 'Apple',
    lastSyncDateTime: '2026-11-24T10:00:00Z',
    enrolledDateTime: '2025-01-10T09:00:00Z',
    complianceState: 'compliant',
    managementState: 'managed',
    isSupervised: true,
    decision: { eligible: true, mode: 'ios_device', outcomeCode: 'apple_passcode_removed', source: 'seed' },
    ...overrides,
  };
}

export const androidDedicated = (overrides: Partial<Device> = {}) =>
  makeDevice({
    id: 'dev-ae-1',
    name: 'DEMO-AE-DEDICATED-13',
    platform: 'android',
    osVersion: '13',
    deviceType: 'androidEnterprise',
    enrollmentType: 'androidEnterpriseDedicatedDevice',
    serialNumber: 'R58N41ABCDE',
    decision: { eligible: true, mode: 'android_enterprise_dedicated', outcomeCode: 'device_passcode_generated', source: 'current-docs' },
    ...overrides,
  });

export const macDevice = (overrides: Partial<Device> = {}) =>
  makeDevice({
    id: 'dev-mac-1',
    name: 'DEMO-MACOS-15',
    platform: 'macos',
    osVersion: '15.1.1',
    deviceType: 'mac',
    serialNumber: 'C02ZK1ABMD6T',
    decision: { eligible: false, mode: 'macos', reasonCode: 'macos_not_supported', source: 'seed' },
    ...overrides,
  });

export function makeAction(overrides: Partial<ActionSummary> = {}): ActionSummary {
  return {
    actionId: 'a-1',
    action: 'resetPasscode',
    deviceId: 'dev-ios-1',
    deviceName: 'DEMO-IOS-17',
    platform: 'ios',
    mode: 'ios_device',
    technicianUpn: 'alex.morgan@contoso.com',
    ticket: 'INC-1001',
    requestedAt: '2026-11-24T10:00:00.000Z',
    state: 'requested',
    updatedAt: '2026-11-24T10:00:00.000Z',
    error: null,
    graphRequestId: null,
    passcodeAvailable: false,
    origin: 'session',
    ...overrides,
  };
}

export const settings = (overrides: Partial<Settings> = {}): Settings =>
  ({ tenant: null, clientId: null, requireTicketReference: true, forwardingEnabled: true, language: 'en', ...overrides }) as Settings;
