import { describe, expect, it } from 'vitest';
import { intuneDeviceUrl } from '../../../../../renderer/components/devices/intune-link';

describe("the device's page in the Intune admin center", () => {
  it("opens in the device's own tenant when it is known, so an admin of several directories lands in the right one", () => {
    expect(intuneDeviceUrl('3f2b1c9a-0000-4000-8000-000000000001', 'contoso.onmicrosoft.com')).toBe(
      'https://intune.microsoft.com/contoso.onmicrosoft.com/#view/Microsoft_Intune_Devices/DeviceSettingsMenuBlade/~/overview/mdmDeviceId/3f2b1c9a-0000-4000-8000-000000000001',
    );
    expect(intuneDeviceUrl('d-1', null)).toBe('https://intune.microsoft.com/#view/Microsoft_Intune_Devices/DeviceSettingsMenuBlade/~/overview/mdmDeviceId/d-1');
  });

  it('a device id or tenant from the wire cannot step out of its place in the link', () => {
    const url = new URL(intuneDeviceUrl('../x#/y?z', 'evil.example/#'));
    expect(url.origin).toBe('https://intune.microsoft.com');
    expect(url.pathname).toBe('/evil.example%2F%23/');
    expect(url.hash.endsWith('/mdmDeviceId/..%2Fx%23%2Fy%3Fz')).toBe(true);
  });
});
