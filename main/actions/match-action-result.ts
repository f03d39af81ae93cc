import { readResetResult, type ActionResult } from '../../shared/actions/action-result';

export { isTerminalResult, parseActionState, readResetResult, type ActionResult, type ResultState } from '../../shared/actions/action-result';

/**
 * Finding our action among a device's `deviceActionResults` (see
 * docs/architecture.md, "The path of an action"). Graph gives no id linking a
 * result to the POST, so the match is by action name (the kind's Graph name,
 * compared case-insensitively: an inference) and a start time at or after our
 * request, allowing for the difference between our clock and Intune's.
 *
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
