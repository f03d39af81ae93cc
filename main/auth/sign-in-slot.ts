import type { Session } from '../../shared/auth/session';
import { ok, type Result } from '../../shared/result';
import { errSaid } from '../base/said-error';
import { describeAuthFailure, problemOf } from './auth-errors';
import type { SessionState } from './session-state';
import { SignInAttempt } from './sign-in-attempt';

/**
 * The one pending sign-in of an AuthService, and what each turn of it does to
 * the session. Both services (MSAL and demo) sign in the same way around
 * their own flow: a new attempt replaces a pending one, a replaced or
 * cancelled attempt never signs anyone in, and a failure leaves whoever was
 * signed in before still signed in, with the problem in words.
 */
export class SignInSlot {
  private attempt: SignInAttempt | null = null;

  constructor(
    private readonly session: SessionState,
    private readonly isSignedIn: () => boolean,
  ) {}

  get pending(): boolean {
    return this.attempt !== null;
  }

  begin(): SignInAttempt {
    this.attempt?.end('replaced');
    const attempt = new SignInAttempt();
    this.attempt = attempt;
    this.session.update({ status: 'signingIn', problem: null });
    return attempt;
  }

  /** Waits for the attempt's work; `accept` applies its result only if the attempt is still the current one. */
  async settle<T>(attempt: SignInAttempt, work: Promise<T>, accept: (value: T) => Session): Promise<Result<Session>> {
    try {
      const value = await work;
      if (this.attempt !== attempt) return errSaid('cancelled', { code: 'signInReplaced', params: {} });
      return ok(accept(value));
    } catch (error) {
      const failure = describeAuthFailure(error);
      if (this.attempt === attempt) {
        this.session.update({ status: this.isSignedIn() ? 'signedIn' : 'signedOut', problem: failure.code === 'cancelled' ? null : problemOf(failure) });
      }
      return { ok: false, error: problemOf(failure) };
    } finally {
      if (this.attempt === attempt) this.attempt = null;
    }
  }

  /** Ends a pending attempt (its settle answers `cancelled`); harmless when none is pending. */
  cancel(): Session {
    const attempt = this.attempt;
    if (!attempt) return this.session.get();
    this.attempt = null;
    attempt.end('cancelled');
    return this.session.update({ status: this.isSignedIn() ? 'signedIn' : 'signedOut', problem: null });
  }
}
