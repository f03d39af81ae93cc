import type { Logger } from '../base/logger';
import type { Clock } from '../base/clock';
import { graphAppError } from '../graph/graph-app-error';
import type { GraphClient } from '../graph/graph-client';
import { findOurResult, isTerminalResult, type ActionResult } from './match-action-result';

/**
 * Follows one reset to its end by polling the device's `deviceActionResults`
 * (single-device GET): often at first, when most actions move, then less
 * often, since a device that missed the push only gets it at its next
 * check-in, about every 8 hours (Intune's documented check-in interval).
 */
export interface TrackerTiming {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
  /**
   * Counted from the request, across restarts: past it the action ends `unresolved` (logged, the
   * device freed) instead of being followed, and resumed, for ever.
   */
  giveUpAfterMs: number;
  /**
   * The same, shorter, while the POST's outcome is unknown and Intune has shown no result for it:
   * a queued reset shows in deviceActionResults at once, so a long silence means it never arrived.
   */
  unknownGiveUpAfterMs: number;
  /** How far Intune's clock may run behind ours when matching a result to our request. */
  clockSkewMs: number;
}

export const defaultTrackerTiming: TrackerTiming = {
  firstDelayMs: 5_000,
  factor: 1.5,
  maxDelayMs: 5 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  unknownGiveUpAfterMs: 60 * 60_000,
  clockSkewMs: 2 * 60_000,
};

export interface TrackJob {
  actionId: string;
  deviceId: string;
  /** When we sent the request: results that started before it (less the skew) are not ours. */
  requestedAtMs: number;
  /** Intune said it queued the action (204); false after an unknown outcome or a crash before the answer. */
  accepted: boolean;
  /** Graph's name for the action in deviceActionResults. */
  actionName: string;
}

export interface TrackerCallbacks {
  /** A result for our action was read (every poll that finds one); awaited before the next poll. */
  onResult(result: ActionResult, requestId: string | null): Promise<void>;
  /** The device was deleted from Intune while we followed the action. */
  onDeviceGone(message: string, detail?: Record<string, unknown>): Promise<void>;
}

/** `gave-up`: the time allowed (TrackerTiming) ran out without a terminal state; `seenResult` says whether Intune ever showed one. */
export type TrackEnd = 'terminal' | 'device-gone' | { gaveUp: true; seenResult: boolean } | 'stopped';

export interface TrackerDeps {
  graph: GraphClient;
  clock: Clock;
  timing: TrackerTiming;
  logger: Logger;
}

/** Polls until a terminal state, the device's deletion, the time limit, or `signal`. Never throws. */
export async function trackAction(deps: TrackerDeps, job: TrackJob, callbacks: TrackerCallbacks, signal: AbortSignal): Promise<TrackEnd> {
  const { graph, clock, timing, logger } = deps;
  let delay = timing.firstDelayMs;
  let failures = 0;
  let polled = false;
  let seenResult = false;
  while (!signal.aborted) {
    const allowedMs = job.accepted || seenResult ? timing.giveUpAfterMs : Math.min(timing.unknownGiveUpAfterMs, timing.giveUpAfterMs);
    // At least one look first: an action resumed long after its request may have ended meanwhile.
    if (polled && clock.now() + delay > job.requestedAtMs + allowedMs) return { gaveUp: true, seenResult };
    try {
      await clock.sleep(delay, signal);
    } catch {
      return 'stopped';
    }
    delay = Math.min(timing.maxDelayMs, Math.max(1, delay * timing.factor));
    polled = true;
    try {
      const { results, requestId } = await graph.getDeviceActionResults(job.deviceId, { signal });
      failures = 0;
      const ours = findOurResult(results, job.requestedAtMs, timing.clockSkewMs, job.actionName);
      if (ours !== null && !signal.aborted) {
        seenResult ||= ours.state !== 'none';
        await callbacks.onResult(ours, requestId);
        if (isTerminalResult(ours.state)) return 'terminal';
      }
    } catch (error) {
      if (signal.aborted) return 'stopped';
      const appError = graphAppError(error, 'device');
      if (appError.code === 'not_found') {
        await callbacks.onDeviceGone(appError.message, appError.detail);
        return 'device-gone';
      }
      // Transient trouble (network, throttling, a lapsed sign-in): keep following at the slower pace.
      failures++;
      if (failures === 1 || failures % 10 === 0) logger.warn(`Following action ${job.actionId}: ${appError.message}`);
    }
  }
  return 'stopped';
}
