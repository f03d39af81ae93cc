/**
 * Who exists in the demo tenant: its id, its domain, and the technicians who
 * can sign in to it through `POST /demo/oauth2/token`. Fixed values, so the
 * action log of a demo session names the same people on every run.
 */
export const DEMO_TENANT_ID = '5d0e7a1c-3b9f-4c52-9a86-0f1e2d3c4b5a';
export const DEMO_DOMAIN = 'contoso.com';

export const SCOPE_READ = 'DeviceManagementManagedDevices.Read.All';
export const SCOPE_READ_WRITE = 'DeviceManagementManagedDevices.ReadWrite.All';
export const SCOPE_PRIVILEGED = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

/** Intune RBAC permissions the demo checks; a technician without a field has them all. */
export type IntunePermission = 'resetPasscode';

export interface DemoTechnician {
  readonly upn: string;
  readonly name: string;
  readonly oid: string;
  readonly scopes: readonly string[];
  /** The Intune role's permissions, when not all of them (Graph checks these whatever the scopes). */
  readonly intunePermissions?: readonly IntunePermission[];
}

export const NO_RESET_ROLE_UPN = `robin.novak@${DEMO_DOMAIN}`;

export const DEMO_TECHNICIANS: readonly DemoTechnician[] = [
  {
    upn: `alex.morgan@${DEMO_DOMAIN}`,
    name: 'Alex Morgan (Help Desk)',
    oid: '0a6f3c2e-8d41-4e7b-b5a9-1c2d3e4f5a60',
    scopes: [SCOPE_READ, SCOPE_PRIVILEGED],
  },
  {
    upn: `priya.natarajan@${DEMO_DOMAIN}`,
    name: 'Priya Natarajan (Help Desk)',
    oid: '1b7e4d3f-9e52-4f8c-86ba-2d3e4f5a6b71',
    scopes: [SCOPE_READ, SCOPE_PRIVILEGED],
  },
  // Can look but not act: lets a demo show what a missing permission looks like (403).
  {
    upn: `sam.reader@${DEMO_DOMAIN}`,
    name: 'Sam Keller (Read only)',
    oid: '2c8f5e4a-af63-4a9d-97cb-3e4f5a6b7c82',
    scopes: [SCOPE_READ],
  },
  // The app registration is consented, but this account's Intune role lacks Remote tasks >
  // Reset passcode: Intune answers the reset with a nested "Forbidden", under a 401 by default.
  {
    upn: NO_RESET_ROLE_UPN,
    name: 'Robin Novak (no Reset passcode role)',
    oid: '3d9a6f5b-b074-4bae-a8dc-4f5a6b7c8d93',
    scopes: [SCOPE_READ, SCOPE_PRIVILEGED],
    intunePermissions: [],
  },
];

/** Technicians of the same tenant who act outside this app (seeded audits). */
export const OTHER_TECHNICIANS: readonly string[] = [
  `jordan.blake@${DEMO_DOMAIN}`,
  `helpdesk.nightshift@${DEMO_DOMAIN}`,
  `marta.kowalczyk@${DEMO_DOMAIN}`,
];
