import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/auth/session';
import { missingActionScope } from '../../../../renderer/store/session-slice';

const privileged = 'DeviceManagementManagedDevices.PrivilegedOperations.All';
const signedIn = (missingScopes?: string[]): Session => ({
  status: 'signedIn',
  account: { name: 'Sam Keller', upn: 'sam.reader@contoso.com', objectId: 'o', tenantId: 't' },
  mode: 'demo',
  tokenStorage: 'memory',
  problem: null,
  revision: 1,
  ...(missingScopes ? { missingScopes } : {}),
});

describe('the permission a sign-in lacks for passcode actions', () => {
  it('is named when the token response did not grant it, whatever its case', () => {
    expect(missingActionScope({ session: signedIn([privileged]) })).toBe(privileged);
    expect(missingActionScope({ session: signedIn(['User.Read', privileged.toLowerCase()]) })).toBe(privileged.toLowerCase());
  });

  it('is none when every permission was granted, or only another one is missing', () => {
    expect(missingActionScope({ session: signedIn() })).toBeNull();
    expect(missingActionScope({ session: signedIn(['DeviceManagementManagedDevices.Read.All']) })).toBeNull();
  });

  it('is none when nobody is signed in (a signed-out session keeps no limits)', () => {
    expect(missingActionScope({ session: null })).toBeNull();
    expect(missingActionScope({ session: { ...signedIn([privileged]), status: 'signedOut', account: null } })).toBeNull();
  });
});
