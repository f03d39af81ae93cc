import type { DemoDevice } from '../fleet/device-record';
import { GraphError } from '../graph/graph-error';
import type { TenantState } from '../tenant-state';
import { requireDevice, type Reply } from './route-support';

/**
 * A device's compliance policy states (beta `deviceCompliancePolicyStates`),
 * with their `settingStates`: where a policy requiring a passcode is assigned,
 * its passcode setting is listed. Without a passcode policy the device still
 * has a policy, one that does not check for a passcode: the usual case of a
 * tenant that enforces the passcode elsewhere or not at all.
 */
function passcodeSetting(device: DemoDevice): { setting: string; settingName: string } {
  const apple = device.mode === 'ios' || device.mode === 'ipados' || device.mode === 'visionos';
  return apple
    ? { setting: 'IosCompliancePolicy.PasscodeRequired', settingName: 'PasscodeRequired' }
    : { setting: 'AndroidDeviceOwnerCompliancePolicy.PasswordRequired', settingName: 'PasswordRequired' };
}

function settingState(device: DemoDevice, setting: string, settingName: string) {
  return {
    setting,
    settingName,
    instanceDisplayName: null,
    state: 'compliant',
    errorCode: 0,
    errorDescription: null,
    userId: device.userId,
    userName: device.userDisplayName,
    userEmail: device.userPrincipalName,
    userPrincipalName: device.userPrincipalName,
    sources: [],
    currentValue: null,
  };
}

export function listComplianceStates(state: TenantState, deviceId: string): Reply {
  if (state.complianceForbidden) {
    throw new GraphError(403, 'Forbidden', 'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All', { intune: true });
  }
  const device = requireDevice(state, deviceId);
  const passcode = passcodeSetting(device);
  const policies = [
    {
      id: `${device.id.slice(0, 8)}-0000-4000-8000-00000000c0de`,
      displayName: 'Minimum OS version',
      version: 3,
      platformType: device.operatingSystem.toLowerCase().startsWith('android') ? 'android' : 'iOS',
      state: 'compliant',
      settingCount: 1,
      settingStates: [settingState(device, 'CompliancePolicy.OsMinimumVersion', 'OsMinimumVersion')],
    },
  ];
  if (device.traits.hasPasscodePolicy) {
    policies.push({
      ...policies[0]!,
      id: `${device.id.slice(0, 8)}-0000-4000-8000-00000000beef`,
      displayName: 'Device passcode required',
      settingStates: [settingState(device, passcode.setting, passcode.settingName)],
    });
  }
  return { status: 200, body: { '@odata.context': `${state.baseUrl}/beta/$metadata#deviceManagement/managedDevices('${device.id}')/deviceCompliancePolicyStates`, value: policies } };
}
