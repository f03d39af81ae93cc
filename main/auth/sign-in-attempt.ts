import type { Clock } from '../base/clock';

/**
 * One sign-in attempt that can be ended from outside: by the technician
 * (cancel), by a newer attempt (replaced) or by a time limit. MSAL has no
 * abort signal for its flows, so each flow registers how to stop its own
 * work (answer the loopback listener, set the device-code `cancel` flag),
 * and the caller stops waiting at once rather than when MSAL notices.
 */
export type EndReason = 'cancelled' | 'replaced' | 'timeout';

export class SignInEndedError extends Error {
  constructor(readonly reason: EndReason) {
    super(`Sign-in ${reason}`);
    this.name = 'SignInEndedError';
  }
}

export class SignInAttempt {
  private endedBy: EndReason | null = null;
  private readonly stoppers: Array<() => void> = [];
  private rejectWait: ((error: SignInEndedError) => void) | null = null;
  // Aborts the time limit's wait on the clock once the attempt is over.
  private readonly timer = new AbortController();

  get ended(): EndReason | null {
    return this.endedBy;
  }

  /** Runs `stop` when the attempt ends (at once if it already has). */
  onEnd(stop: () => void): void {
    if (this.endedBy) stop();
    else this.stoppers.push(stop);
  }

  end(reason: EndReason): void {
    if (this.endedBy) return;
    this.endedBy = reason;
    this.timer.abort();
    for (const stop of this.stoppers.splice(0)) {
      try {
        stop();
      } catch {
        // Stopping is best effort: the caller has already stopped waiting.
      }
    }
    this.rejectWait?.(new SignInEndedError(reason));
  }

  /** Ends the attempt with `timeout` unless it settles first; the wait is on the app's clock, so a test moves it. */
  limit(ms: number, clock: Clock): void {
    clock.sleep(ms, this.timer.signal).then(
      () => this.end('timeout'),
      () => undefined, // ended or settled first
    );
  }

  /** Waits for `work`, or rejects with SignInEndedError as soon as the attempt ends. */
  async run<T>(work: Promise<T>): Promise<T> {
    // The work may fail after nobody waits for it any more: that is expected, not an unhandled rejection.
    work.catch(() => undefined);
    if (this.endedBy) throw new SignInEndedError(this.endedBy);
    const ended = new Promise<never>((_, reject) => {
      this.rejectWait = reject;
    });
    try {
      return await Promise.race([work, ended]);
    } finally {
      this.timer.abort();
      this.rejectWait = null;
    }
  }
}
