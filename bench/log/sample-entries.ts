import { actionContext, entry, type Technician } from '../../main/actions/action-entries';
import type { Device } from '../../shared/devices/device';
import type { ActionEntryInput } from '../../shared/log/log-entry';
import { pick, seededRandom } from '../random';

/**
 * Log entries as the action service writes them (the same `entry` and
 * `actionContext` builders), about real devices of the demo fleet: each
 * action is `requested`, `accepted`, then `state` pending, active, done.
 * Five entries per action, the shape of a log that is mostly successes.
 */
export const ENTRIES_PER_ACTION = 5;

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  // Version 4, variant 10xx: what randomUUID makes, and what the log's schema accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function* sampleEntries(devices: readonly Device[], technician: Technician, tenantId: string, seed = 11): Generator<ActionEntryInput> {
  const random = seededRandom(seed);
  const eligible = devices.filter((device) => device.decision.eligible);
  for (let action = 1; ; action++) {
    const device = pick(eligible, random);
    const context = actionContext('resetPasscode', uuidFrom(random), technician, tenantId, device);
    const graphRequestId = uuidFrom(random);
    yield entry('requested', context, { ticket: `INC${String(100000 + action)}`, identityVerified: true, decision: device.decision });
    yield entry('accepted', context, { graphRequestId });
    for (const state of ['pending', 'active', 'done'] as const) yield entry('state', context, { state, graphRequestId: uuidFrom(random) });
  }
}
