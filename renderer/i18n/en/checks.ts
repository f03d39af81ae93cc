/** Strings for what Intune's current rules and the pre-flight checks add to a decision. */
export const checks = {
  sourceBoth: 'Rule from the Intune documentation (2018); the current documentation says more, see the caution',
  cautionLabel: 'Caution',
  sharedIpad: 'Shared iPad',
  sharedIpadYes: 'Yes (passcode removal not allowed)',
  sharedIpadNo: 'No',
  notPermittedTitle: 'Intune refused your account: signing in again will not help',
  notPermittedAsk: 'Ask an Intune administrator to check, in this order:',
  missing: {
    'intune-role-read': 'your Intune role includes Managed devices > Read',
    'intune-role-reset': 'your Intune role includes Remote tasks > Reset passcode (the built-in Help Desk Operator role has it)',
    'intune-role-audit': 'your Intune role can read remote action audits',
    'intune-licence': 'your account has an Intune licence',
    'scope-read': 'the app registration has admin consent for DeviceManagementManagedDevices.Read.All',
    'scope-privileged': 'the app registration has admin consent for DeviceManagementManagedDevices.PrivilegedOperations.All',
  } as Record<string, string>,
  activityId: 'Intune activity ID: ',
};
