import { describe, expect, it } from 'vitest';
import { generateFleet } from '../../../../../main/demo-tenant/fleet/generate-fleet';
import { betaDeviceView, SELECTABLE, v1DeviceView } from '../../../../../main/demo-tenant/graph/device-view';

const fleet = generateFleet({ count: 200, seed: 3, now: Date.UTC(2026, 0, 1) });
const byName = (name: string) => fleet.find((d) => d.deviceName === name)!;

describe('device views', () => {
  it('serve exactly the properties $select accepts, per version', () => {
    const d = fleet[0]!;
    expect(Object.keys(betaDeviceView(d, [])).sort()).toEqual([...SELECTABLE.beta.values()].sort());
    expect(Object.keys(v1DeviceView(d, [])).sort()).toEqual([...SELECTABLE['v1.0'].values()].sort());
  });

  it('fold values v1.0 does not define, and keep the ones it does', () => {
    expect(v1DeviceView(byName('DEMO-AE-FULLY-MANAGED-14'), []).deviceEnrollmentType).toBe('unknownFutureValue');
    expect(v1DeviceView(byName('DEMO-IOS-USER-ENROLLMENT'), []).deviceEnrollmentType).toBe('appleUserEnrollment');
    expect(v1DeviceView(byName('DEMO-IOS-ACCOUNT-DRIVEN-UE'), []).deviceEnrollmentType).toBe('unknownFutureValue');
    expect(betaDeviceView(byName('DEMO-IOS-ACCOUNT-DRIVEN-UE'), []).deviceEnrollmentType).toBe('appleAccountDrivenUserEnrollment');
  });

  it('write times to the second with a Z, as Intune does', () => {
    expect(betaDeviceView(fleet[5]!, []).lastSyncDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
