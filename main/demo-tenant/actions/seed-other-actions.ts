import type * as Beta from '@microsoft/microsoft-graph-types-beta';
import { OTHER_TECHNICIANS } from '../demo-identity';
import type { DemoDevice } from '../fleet/device-record';
import type { FleetStore } from '../fleet/fleet-store';
import { OTHER_PENDING_DEVICE_NAME } from '../fleet/rule-devices';
import { createRandom } from '../fleet/seeded-random';
import type { ActionStore } from './action-store';
import { newAction, newResetAction, type ActionTiming } from './new-action';
import { resetOutcome } from './reset-outcome';

const MINUTE = 60_000;
/** A device that missed Intune's push waits for its next check-in, about every 8 hours. */
const CHECK_IN = 8 * 60 * MINUTE;
const OTHER_ACTIONS: readonly Beta.RemoteAction[] = ['remoteLock', 'rebootNow', 'locateDevice'];

interface Plan {
  readonly device: DemoDevice;
  readonly startMs: number;
  readonly timing: ActionTiming;
  readonly by: string;
  readonly name: Beta.RemoteAction;
}

export interface SeedOptions {
  readonly count: number;
  readonly seed: number;
  readonly now: number;
}

/**
 * Actions other technicians took in the portal before the app started: some
 * resets still pending or active, some finished minutes ago, a few other
 * remote actions. They show up in audits and in those devices'
 * deviceActionResults, so the app can warn before a second reset.
 */
export function seedOtherActions(fleet: FleetStore, store: ActionStore, options: SeedOptions): void {
  const { count, seed, now } = options;
  if (count <= 0) return;
  const random = createRandom(seed, 'other-actions');
  const resettable: DemoDevice[] = [];
  for (let position = 0; position < fleet.length && resettable.length < 500; position++) {
    const device = fleet.at(position);
    if (device && !device.deviceName.startsWith('DEMO-') && resetOutcome(device).kind === 'accepted') {
      resettable.push(device);
    }
  }

  const planned: Plan[] = [];
  const pendingDevice = fleet.findByName(OTHER_PENDING_DEVICE_NAME);
  if (pendingDevice) {
    const timing = { toActiveMs: CHECK_IN, toDoneMs: CHECK_IN + MINUTE };
    planned.push({ device: pendingDevice, startMs: now - 4 * MINUTE, timing, by: OTHER_TECHNICIANS[0] ?? '', name: 'resetPasscode' });
  }
  for (let i = planned.length; i < count && resettable.length > 0; i++) {
    const age = random.between(2, 180) * MINUTE;
    // A third each: still waiting for the device, running now, finished a few minutes after the request.
    const timing = [
      { toActiveMs: age + CHECK_IN, toDoneMs: age + CHECK_IN + MINUTE },
      { toActiveMs: MINUTE, toDoneMs: age + 30 * MINUTE },
      { toActiveMs: MINUTE, toDoneMs: 2 * MINUTE },
    ][i % 3] as ActionTiming;
    const name = random.chance(0.2) ? random.pick(OTHER_ACTIONS) : 'resetPasscode';
    planned.push({ device: random.pick(resettable), startMs: now - age, timing, by: random.pick(OTHER_TECHNICIANS), name });
  }

  // Oldest first, so insertion order (which audits list by) follows request time.
  planned.sort((a, b) => a.startMs - b.startMs);
  for (const plan of planned) {
    const request = { device: plan.device, startMs: plan.startMs, timing: plan.timing, initiatedBy: plan.by };
    const outcome = resetOutcome(plan.device);
    store.add(plan.name === 'resetPasscode' && outcome.kind === 'accepted' ? newResetAction(request, outcome) : newAction(request, plan.name));
  }
}
