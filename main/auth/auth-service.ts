import type { Account, AccountRefusal, Session, signInMethods } from '../../shared/auth/session';
import type { Result } from '../../shared/result';
import type { TokenProvider } from './token-provider';

export type SignInMethod = (typeof signInMethods)[number];

/**
 * Sign-in for the main process: who is signed in, how they sign in and out,
 * and the tokens the Graph client asks for. Two implementations sit behind
 * `createAuthService`: MSAL against Entra ID (tenant mode) and the demo
 * tenant's own sign-in. Changes reach the renderer as `sessionChanged` (and
 * `deviceCodeIssued`) events; nothing here ever puts a token in a session,
 * an event, an error or a log line.
 */
export interface AuthService extends TokenProvider {
  getSession(): Session;
  /**
   * Resolves when the attempt ends: the new session, or `cancelled`,
   * `sign_in_failed`, `network_error` or `invalid_settings` with a message
   * for the technician. A new attempt replaces one still pending.
   */
  signIn(method: SignInMethod): Promise<Result<Session>>;
  /** Ends a pending sign-in (its signIn resolves `cancelled`); harmless when none is pending. */
  cancelSignIn(): Session;
  /** Forgets the account and its tokens, on disk too. Never fails: the session ends signed out. */
  signOut(): Promise<Session>;
  /** The signed-in technician (for the action log), or null. */
  account(): Account | null;
  /** Cancels a pending sign-in and waits for the token cache to reach the disk. */
  close(): Promise<void>;
  /**
   * Intune refused `refused` (the account a passcode request went out under) with `not_permitted`: kept in the
   * session until that account signs out, so a reloaded window knows it before its next dialog (session-state.ts).
   */
  rememberRefusal(refusal: AccountRefusal, refused: { objectId: string; tenantId: string }): void;
}
