import { describe, expect, it } from 'vitest';
import { generateFleet, MAX_DEVICES } from '../../../../../main/demo-tenant/fleet/generate-fleet';
import { isLuhnValid } from '../../../../../main/demo-tenant/fleet/identifiers';
import { RULE_DEVICE_SPECS } from '../../../../../main/demo-tenant/fleet/rule-devices';
import type { DemoDevice, PlatformMode } from '../../../../../main/demo-tenant/fleet/device-record';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY = 86_400_000;
const fleet = generateFleet({ count: 20_000, seed: 7, now: NOW });
const bulk = fleet.slice(RULE_DEVICE_SPECS.length);

describe('generateFleet', () => {
  it('is deterministic: the same seed gives the same fleet, another seed another', () => {
    expect(generateFleet({ count: 500, seed: 7, now: NOW })).toEqual(fleet.slice(0, 500));
    const other = generateFleet({ count: 500, seed: 8, now: NOW });
    expect(other.map((d) => d.id)).not.toEqual(fleet.slice(0, 500).map((d) => d.id));
    // The fixed devices keep their names and rule facts under any seed.
    expect(other.slice(0, RULE_DEVICE_SPECS.length).map((d) => [d.deviceName, d.osVersion])).toEqual(
      fleet.slice(0, RULE_DEVICE_SPECS.length).map((d) => [d.deviceName, d.osVersion]),
    );
  });

  it('puts the rule devices first, then the generated bulk', () => {
    expect(fleet.slice(0, RULE_DEVICE_SPECS.length).map((d) => d.deviceName)).toEqual(RULE_DEVICE_SPECS.map((s) => s.name));
    expect(bulk.some((d) => d.deviceName.startsWith('DEMO-'))).toBe(false);
    expect(fleet).toHaveLength(20_000);
  });

  it('gives every device a unique GUID id', () => {
    expect(new Set(fleet.map((d) => d.id)).size).toBe(fleet.length);
    expect(fleet.every((d) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(d.id))).toBe(true);
  });

  it('gives IMEIs (15 digits, Luhn-valid) to Android and iPhone hardware only', () => {
    const withImei = fleet.filter((d) => d.imei !== '');
    expect(withImei.length).toBeGreaterThan(fleet.length / 4);
    for (const d of withImei) {
      expect(d.imei).toMatch(/^\d{15}$/);
      expect(isLuhnValid(d.imei)).toBe(true);
      expect(d.deviceType === 'iPhone' || d.deviceType.startsWith('android')).toBe(true);
    }
    expect(fleet.filter((d) => ['desktop', 'macMDM', 'iPad'].includes(d.deviceType)).every((d) => d.imei === '')).toBe(true);
  });

  it('draws sync times from the last 30 days, enrolment before sync', () => {
    const outside = fleet.filter((d) => d.lastSyncMs > NOW || d.lastSyncMs <= NOW - 30 * DAY || d.enrolledMs >= d.lastSyncMs);
    expect(outside).toEqual([]);
  });

  it('mixes every platform mode into the bulk, with plausible names and people', () => {
    const modes = new Set<PlatformMode>(bulk.map((d) => d.mode));
    expect([...modes].sort()).toEqual([
      'androidAosp', 'androidCorporateWorkProfile', 'androidDedicated', 'androidDeviceAdmin', 'androidFullyManaged',
      'androidWorkProfile', 'appleUserEnrollment', 'chromeos', 'ios', 'ipados', 'linux', 'macos', 'tvos', 'unknown', 'visionos', 'windows',
    ]);
    const users = bulk.filter((d) => d.userPrincipalName !== '');
    expect(users.every((d) => /^[a-z'.0-9]+@contoso\.com$/.test(d.userPrincipalName) && d.userDisplayName.includes(' '))).toBe(true);
    expect(bulk.some((d) => /^DESKTOP-[A-Z0-9]{7}$/.test(d.deviceName))).toBe(true);
    expect(bulk.some((d) => /_AndroidForWork_\d+\/\d+\/\d{4}_/.test(d.deviceName))).toBe(true);
  });

  it('crosses the 6.x / 7.0 boundary in the bulk too, and seeds a few hidden failures', () => {
    const versions = (mode: PlatformMode) => new Set(bulk.filter((d) => d.mode === mode).map((d) => d.osVersion));
    for (const v of ['6.0', '6.0.1', '7.0']) expect(versions('androidDeviceAdmin')).toContain(v);
    for (const v of ['6.0.1', '7.1.2']) expect(versions('androidWorkProfile')).toContain(v);
    const share = (pick: (d: DemoDevice) => boolean) => bulk.filter(pick).length / bulk.length;
    expect(share((d) => !d.traits.hasPasscodePolicy)).toBeGreaterThan(0.01);
    expect(share((d) => !d.traits.hasPasscodePolicy)).toBeLessThan(0.06);
    expect(share((d) => d.operatingSystem === 'AndroidForWork')).toBeGreaterThan(0);
  });

  it('refuses a size it cannot serve', () => {
    expect(() => generateFleet({ count: MAX_DEVICES + 1, seed: 1, now: NOW })).toThrow(RangeError);
    expect(() => generateFleet({ count: 1.5, seed: 1, now: NOW })).toThrow(RangeError);
  });
});
