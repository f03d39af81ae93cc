import { describe, expect, it } from 'vitest';
import { missingScopes, scopeName } from '../../../../main/auth/granted-scopes';

const asked = ['https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All', 'https://graph.microsoft.com/DeviceManagementManagedDevices.PrivilegedOperations.All'];

describe('what the sign-in asked for and was not granted', () => {
  it('names the scope the token response left out, without its resource', () => {
    expect(missingScopes(asked, ['https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All', 'openid', 'profile'])).toEqual(['DeviceManagementManagedDevices.PrivilegedOperations.All']);
  });

  it('reads short names and other letter case as the same scope (Entra ID may answer either way)', () => {
    expect(missingScopes(asked, ['devicemanagementmanageddevices.read.all', 'DeviceManagementManagedDevices.PrivilegedOperations.All'])).toEqual([]);
  });

  it('knows nothing is missing when the response did not say what it granted', () => {
    expect(missingScopes(asked, null)).toEqual([]);
    expect(missingScopes(asked, undefined)).toEqual([]);
  });

  it('names every scope when none of them was granted', () => {
    expect(missingScopes(asked, [])).toEqual(['DeviceManagementManagedDevices.Read.All', 'DeviceManagementManagedDevices.PrivilegedOperations.All']);
  });

  it('takes a scope’s name from after its resource', () => {
    expect(scopeName('https://microsoftgraph.chinacloudapi.cn/X.Read.All')).toBe('X.Read.All');
    expect(scopeName('X.Read.All')).toBe('X.Read.All');
  });
});
