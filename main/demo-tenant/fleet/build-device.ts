import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import type { DemoDevice, DeviceTraits, PlatformMode } from './device-record';
import { deviceIdAt, imeiFor, serialFor } from './identifiers';
import { flat, guid, userAt, type DemoUser } from './people';
import { PROFILES, type Hardware, type PlatformProfile } from './platform-profiles';
import { createRandom, type Random } from './seeded-random';

const DAY_MS = 86_400_000;
const SITES = ['WH', 'STORE', 'LAB', 'CLINIC', 'DEPOT'] as const;
const COMPLIANCE: readonly (readonly [Beta.ComplianceState, number])[] = [
  ['compliant', 80], ['noncompliant', 10], ['inGracePeriod', 3], ['unknown', 4], ['error', 1], ['conflict', 1],
];
const MANAGEMENT: readonly (readonly [Beta.ManagementState, number])[] = [
  ['managed', 97], ['retirePending', 1], ['wipePending', 1], ['unhealthy', 1],
];

export interface BuildContext {
  readonly seed: number;
  /** The fleet's "now": sync and enrolment times are drawn backwards from it. */
  readonly now: number;
  /** Users are shared between their devices: one object (and one set of strings) each. */
  readonly users: Map<number, DemoUser>;
}

/** What a fixed (rule-covering) device pins; everything else is drawn. */
export interface DevicePins {
  readonly fields?: Partial<Omit<DemoDevice, 'id' | 'mode' | 'traits'>>;
  readonly traits?: Partial<DeviceTraits>;
  /** A fixed device's owner is part of its story, even where its platform is mostly userless. */
  readonly withUser?: boolean;
}

/** Month/day/year_h:mm AM, as Intune writes the enrolment time into generated names. */
function intuneStamp(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}_${h % 12 || 12}:${minutes} ${h < 12 ? 'AM' : 'PM'}`;
}

function intuneTag(mode: PlatformMode, profile: PlatformProfile): string {
  if (mode === 'androidWorkProfile') return 'AndroidForWork';
  if (mode === 'androidDeviceAdmin') return 'Android';
  if (profile.deviceType === 'androidEnterprise' || profile.deviceType === 'androidnGMS') return 'AndroidEnterprise';
  return profile.deviceType;
}

function deviceNameFor(profile: PlatformProfile, hw: Hardware, user: DemoUser | null, tag: string, enrolled: number, r: Random): string {
  const digits = String(r.int(10_000)).padStart(4, '0');
  switch (profile.naming) {
    case 'apple':
      return user ? `${user.displayName.split(' ')[0]}'s ${hw.product}` : `${hw.product}-${digits}`;
    case 'intune':
      return user ? `${user.alias}_${tag}_${intuneStamp(enrolled)}` : `${r.pick(SITES)}-${hw.product}-${digits}`;
    case 'windows':
      return r.chance(0.5) ? `DESKTOP-${r.int(36 ** 7).toString(36).toUpperCase().padStart(7, '0')}` : `CTS-LT-${digits}`;
    case 'kiosk':
      return `${r.pick(SITES)}-${hw.product.replace(/\W+/g, '').toUpperCase()}-${digits}`;
    case 'product':
      return hw.product;
    case 'hostname':
      return `${hw.product.toLowerCase().replace(/\W+/g, '')}-${digits}`;
  }
}

function userFor(ctx: BuildContext, index: number): DemoUser {
  let user = ctx.users.get(index);
  if (!user) {
    user = userAt(ctx.seed, index);
    ctx.users.set(index, user);
  }
  return user;
}

export function buildDevice(ctx: BuildContext, index: number, mode: PlatformMode, pins: DevicePins = {}): DemoDevice {
  const r = createRandom(ctx.seed, 'device', index);
  const profile = PROFILES[mode];
  const hw = r.pick(profile.hardware);
  const hasUser = pins.withUser ?? !r.chance(profile.userless);
  // About 1.4 devices per user, drawn from users near the device's own index, so a device's
  // owner does not depend on the fleet's size (a smaller fleet is a prefix of a larger one).
  const user = hasUser ? userFor(ctx, Math.max(0, Math.floor(index / 1.4) - r.int(64))) : null;
  // Squaring skews toward recent syncs, as in a live fleet; whole seconds, as Intune reports them.
  const lastSync = Math.floor((ctx.now - r.next() ** 2 * 30 * DAY_MS) / 1000) * 1000;
  const enrolled = Math.floor((lastSync - r.between(2, 1000) * DAY_MS - r.int(DAY_MS)) / 1000) * 1000;
  const tag = intuneTag(mode, profile);
  const isAndroid = profile.deviceType.startsWith('android');
  return {
    id: deviceIdAt(ctx.seed, index, r),
    mode,
    deviceName: flat(deviceNameFor(profile, hw, user, tag, enrolled, r)),
    managedDeviceName: flat(`${user?.alias ?? 'userless'}_${tag}_${intuneStamp(enrolled)}`),
    operatingSystem: r.weighted(profile.operatingSystem),
    osVersion: r.weighted(profile.versions),
    deviceType: profile.deviceType,
    deviceEnrollmentType: r.weighted(profile.enrollment),
    managementAgent: profile.managementAgent,
    managedDeviceOwnerType: profile.owner,
    complianceState: r.weighted(COMPLIANCE),
    managementState: r.weighted(MANAGEMENT),
    userPrincipalName: user?.upn ?? '',
    userDisplayName: user?.displayName ?? '',
    userId: user?.id ?? '',
    serialNumber: serialFor(hw.serial, r),
    imei: hw.tac ? imeiFor(hw.tac, r) : '',
    model: hw.model,
    manufacturer: hw.manufacturer,
    lastSyncMs: lastSync,
    enrolledMs: enrolled,
    isSupervised: r.chance(profile.supervised),
    isEncrypted: r.chance(0.95),
    // Not drawn, so adding it left every seeded fleet as it was; rule devices pin it.
    isSharedDevice: false,
    azureADDeviceId: guid(r),
    androidSecurityPatchLevel: isAndroid ? flat(`20${r.between(23, 25)}-${String(r.between(1, 12)).padStart(2, '0')}-01`) : '',
    traits: {
      hasPasscodePolicy: r.chance(0.97),
      resetTokenActive: r.chance(0.93),
      unlockTokenPresent: r.chance(0.98),
      ...pins.traits,
    },
    ...pins.fields,
  };
}
