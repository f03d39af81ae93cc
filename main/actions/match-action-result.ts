import { trackedStates, type TrackedState } from '../../shared/log/log-entry';

/**
 * Finding our action among a device's `deviceActionResults` (see
 * docs/architecture.md, "The path of an action"). Graph gives no id linking a
 * result to the POST, so the match is by action name (the kind's Graph name,
 * compared case-insensitively: an inference) and a start time at or after our
 * request, allowing for the difference between our clock and Intune's.
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

/**
 * Our action's result. The first result of its name that started at or
 * after our request is ours (a later one would be someone's next reset);
 * failing that, the latest one that started up to `skewMs` before it, in case
 * Intune's clock runs behind ours.
 */
export function findOurResult(results: readonly unknown[], requestedAtMs: number, skewMs: number, actionName = 'resetPasscode'): ActionResult | null {
  let after: ActionResult | null = null;
  let skewed: ActionResult | null = null;
  for (const raw of results) {
    const result = readResetResult(raw, actionName);
    if (result === null) continue;
    if (result.startMs >= requestedAtMs) {
      if (after === null || result.startMs < after.startMs) after = result;
    } else if (result.startMs >= requestedAtMs - skewMs) {
      if (skewed === null || result.startMs > skewed.startMs) skewed = result;
    }
  }
  return after ?? skewed;
}
