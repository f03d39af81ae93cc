import type { ActionTiming } from '../demo-tenant';
import type { TrackerTiming } from '../actions/action-tracker';

/**
 * How fast the demo tenant moves. A person trying the app wants to watch an
 * action go pending -> active -> done without waiting the minutes a real
 * device takes; tests want it faster still; benchmarks want it instant.
 */
export type DemoPace = 'realistic' | 'fast' | 'instant';

// A demo action from an earlier run belongs to a demo tenant that no longer exists:
// stop following it after a while instead of polling for the product's 24 hours.
const demoGiveUpMs = 30 * 60_000;

const paces: Record<DemoPace, { tenant: ActionTiming; tracker: Partial<TrackerTiming>; reportPollMs: number }> = {
  realistic: { tenant: { toActiveMs: 6_000, toDoneMs: 15_000 }, tracker: { firstDelayMs: 2_000, maxDelayMs: 5_000, giveUpAfterMs: demoGiveUpMs }, reportPollMs: 2_000 },
  fast: { tenant: { toActiveMs: 1_000, toDoneMs: 2_500 }, tracker: { firstDelayMs: 300, maxDelayMs: 600, giveUpAfterMs: demoGiveUpMs }, reportPollMs: 300 },
  instant: { tenant: { toActiveMs: 0, toDoneMs: 0 }, tracker: { firstDelayMs: 20, maxDelayMs: 100, giveUpAfterMs: demoGiveUpMs }, reportPollMs: 20 },
};

export function demoPace(pace: DemoPace = 'realistic') {
  return paces[pace];
}

export function isDemoPace(value: unknown): value is DemoPace {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(paces, value);
}
