import type { ActionSummary } from './action-summary';
import { androidPasscodeModes } from '../rules/passcode-codes';

/**
 * Intune keeps a generated passcode for seven days after the action, in the
 * admin center and in Graph's deviceActionResults (docs/intune-facts.md),
 * and may hold it already while the action is pending. Within that
 * window a technician may reveal it again, re-read from Graph each time.
 */
export const passcodeKeptMs = 7 * 24 * 60 * 60 * 1000;

/** The passcode of a re-reveal is shown for as long as the first one. */
export const revealShownSeconds = 60;

// Graph may return a generated passcode in every Android mode (a personally-owned work profile on 8.0+ too).
const mayHavePasscode: ReadonlySet<string> = new Set(androidPasscodeModes);

const stillHeld: ReadonlySet<string> = new Set(['accepted', 'unknown', 'pending', 'active', 'done']);

/** Whether "Reveal again" is worth offering for an action at `nowMs`. Main checks again, and Graph has the last word. */
export function mayRevealAgain(action: Pick<ActionSummary, 'action' | 'mode' | 'state' | 'requestedAt' | 'passcodeAvailable'>, nowMs: number): boolean {
  if (action.action !== 'resetPasscode' || action.passcodeAvailable || action.mode === null || !mayHavePasscode.has(action.mode) || !stillHeld.has(action.state)) return false;
  const requested = Date.parse(action.requestedAt);
  return Number.isFinite(requested) && nowMs - requested < passcodeKeptMs;
}
