import { trackedStates, type TrackedState } from '../log/log-entry';

/**
 * One entry of a device's `deviceActionResults`, read defensively: the action
 * tracker follows our own action with it, and the tenant-wide check reads the
 * device's latest reset from it to warn a technician on another machine.
 */
export type ResultState = TrackedState | 'none';

export interface ActionResult {
  state: ResultState;
  startMs: number;
  lastUpdatedMs: number | null;
  /** resetPasscodeActionResult.passcode: a generated passcode. Held in memory only, never logged. */
  passcode: string | null;
  errorCode: number | null;
}

// Graph's actionState enum, for a service that sends the number instead of the name.
const byNumber: readonly ResultState[] = ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported'];
const byName = new Map<string, ResultState>([['none', 'none'], ...trackedStates.map((s) => [s.toLowerCase(), s] as const)]);
// British spelling seen in some tooling; harmless to accept.
byName.set('cancelled', 'canceled');

/** Graph's terminal action states: canceled, done, failed, notSupported. */
export function isTerminalResult(state: ResultState): boolean {
  return state === 'done' || state === 'failed' || state === 'notSupported' || state === 'canceled';
}

export function parseActionState(value: unknown): ResultState | null {
  if (typeof value === 'number') return byNumber[value] ?? null;
  if (typeof value !== 'string') return null;
  return byName.get(value.trim().toLowerCase()) ?? null;
}

function timeOf(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  // Graph sometimes omits the zone on these; they are UTC.
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** One raw result, or null when it is not a result of `actionName` (resetPasscode by default) that we can read. */
export function readResetResult(raw: unknown, actionName = 'resetPasscode'): ActionResult | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const result = raw as Record<string, unknown>;
  if (typeof result.actionName !== 'string' || result.actionName.trim().toLowerCase() !== actionName.toLowerCase()) return null;
  const state = parseActionState(result.actionState);
  const startMs = timeOf(result.startDateTime);
  if (state === null || startMs === null) return null;
  const passcode = typeof result.passcode === 'string' && result.passcode !== '' ? result.passcode : null;
  const errorCode = typeof result.errorCode === 'number' && Number.isFinite(result.errorCode) ? result.errorCode : null;
  return { state, startMs, lastUpdatedMs: timeOf(result.lastUpdatedDateTime), passcode, errorCode };
}

/** The reset that started last among a device's results (Graph keeps one per action name, but may send more), or null. */
export function latestReset(results: readonly unknown[]): ActionResult | null {
  let latest: ActionResult | null = null;
  for (const raw of results) {
    const result = readResetResult(raw);
    if (result !== null && result.state !== 'none' && (latest === null || result.startMs > latest.startMs)) latest = result;
  }
  return latest;
}
