import { buildDevice, type BuildContext, type DevicePins } from './build-device';
import type { DemoDevice } from './device-record';
import { MODE_WEIGHTS } from './platform-profiles';
import { FUTURE_ENUM_FIELDS, RULE_DEVICE_SPECS, type RuleDeviceSpec } from './rule-devices';
import { createRandom } from './seeded-random';

export const MAX_DEVICES = 500_000;

export interface FleetOptions {
  /** Total devices, the fixed rule-covering ones included (they are always present). */
  readonly count: number;
  readonly seed: number;
  /** Sync and enrolment times are drawn backwards from this instant. */
  readonly now: number;
}

function pinsFor(spec: RuleDeviceSpec): DevicePins {
  return {
    fields: {
      deviceName: spec.name,
      osVersion: spec.osVersion,
      managementState: 'managed',
      ...(spec.operatingSystem !== undefined && { operatingSystem: spec.operatingSystem }),
      ...(spec.enrollment !== undefined && { deviceEnrollmentType: spec.enrollment }),
      ...(spec.futureEnums && FUTURE_ENUM_FIELDS),
      ...(spec.shared && { isSharedDevice: true }),
    },
    // A fixed device fails only where its spec says so, whatever the seed.
    traits: { hasPasscodePolicy: true, resetTokenActive: true, unlockTokenPresent: true, ...spec.traits },
    withUser: !spec.userless,
  };
}

/**
 * The fleet for a seed: the fixed rule devices first, then the generated
 * bulk. Device #n depends only on (seed, n, now), so a smaller fleet is a
 * prefix of a larger one with the same seed.
 */
export function generateFleet(options: FleetOptions): DemoDevice[] {
  const { count, seed, now } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEVICES) {
    throw new RangeError(`deviceCount must be an integer from 0 to ${MAX_DEVICES}, got ${count}`);
  }
  const ctx: BuildContext = { seed, now, users: new Map() };
  const devices = RULE_DEVICE_SPECS.map((spec, index) => buildDevice(ctx, index, spec.mode, pinsFor(spec)));
  const modes = createRandom(seed, 'modes');
  for (let index = devices.length; index < count; index++) {
    devices.push(buildDevice(ctx, index, modes.weighted(MODE_WEIGHTS)));
  }
  return devices;
}
