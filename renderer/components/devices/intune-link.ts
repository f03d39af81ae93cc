/**
 * A device's page in the Intune admin center. With the tenant in the path the
 * portal opens in the right directory for admins who work in several.
 * Opened through an ordinary https link: the Electron door sends such links to
 * the system browser after checking them (main/electron/guards.ts).
 */
export function intuneDeviceUrl(deviceId: string, tenantId: string | null): string {
  const tenant = tenantId ? `${encodeURIComponent(tenantId)}/` : '';
  return `https://intune.microsoft.com/${tenant}#view/Microsoft_Intune_Devices/DeviceSettingsMenuBlade/~/overview/mdmDeviceId/${encodeURIComponent(deviceId)}`;
}
