import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { aadstsSentence } from './aadsts-messages';
import { SignInEndedError } from './sign-in-attempt';

/**
 * Turns whatever a sign-in or a silent renewal threw into words for the
 * technician. MSAL's and Entra's texts never hold a token, but they do carry
 * trace ids and timestamps nobody needs on screen; the AADSTS code stays,
 * beside a sentence saying what to do.
 */
export interface AuthFailure {
  readonly code: 'cancelled' | 'sign_in_failed' | 'network_error';
  readonly message: string;
  /** Only a new interactive or device-code sign-in can fix it. */
  readonly needsSignIn: boolean;
}

/** Thrown by our openBrowser step: the URL was refused or the system browser could not be opened. */
export class BrowserOpenError extends Error {
  override name = 'BrowserOpenError';
}

const failed = (message: string, needsSignIn = false): AuthFailure => ({ code: 'sign_in_failed', message, needsSignIn });
const cancelled = (message: string): AuthFailure => ({ code: 'cancelled', message, needsSignIn: false });

const EXPIRED = 'Your sign-in has expired. Sign in again.';
const LOOPBACK = "The browser's answer did not reach Passcode Desk. Try again, or sign in with a code instead.";
const NEEDS_SIGN_IN_CODES = new Set(['invalid_grant', 'no_tokens_found', 'refresh_token_expired', 'no_account_in_silent_request', 'no_account_found']);
const LOOPBACK_CODES = /^(loopback_|unable_to_load_redirect_url|no_auth_code_in_response|state_mismatch|state_not_found|invalid_loopback)/;

/** Drops Entra's trace lines and anything long enough to be a credential. */
export function tidy(text: string, max = 240): string {
  const cleaned = text
    .replace(/\s*(Trace ID|Correlation ID|Timestamp):.*$/is, '')
    .replace(/[A-Za-z0-9_\-.~+/=]{60,}/g, '[…]')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

function fromAadsts(code: number, description: string): AuthFailure {
  const sentence = aadstsSentence(code) ?? `Microsoft sign-in refused the request: ${tidy(description.replace(/^.*?AADSTS\d+:\s*/s, ''))}`;
  const needsSignIn = [50058, 50173, 70000, 70008, 700082, 9002313].includes(code);
  return failed(`${sentence} (AADSTS${code})`, needsSignIn);
}

function fromMsal(error: AuthError): AuthFailure {
  const code = error.errorCode;
  const aadsts = /AADSTS(\d+)/.exec(error.errorMessage);
  if (aadsts?.[1]) {
    const failure = fromAadsts(Number(aadsts[1]), error.errorMessage);
    return error instanceof InteractionRequiredAuthError ? { ...failure, needsSignIn: true } : failure;
  }
  if (code === 'access_denied') return cancelled('Sign-in was cancelled in the browser.');
  if (code === 'device_code_polling_cancelled') return cancelled('Sign-in was cancelled.');
  if (code === 'device_code_expired' || code === 'user_timeout_reached') return failed('The sign-in code expired before it was used. Start again to get a new code.');
  if (code === 'consent_required') return failed(`${aadstsSentence(65001)} (consent_required)`, true);
  if (error instanceof InteractionRequiredAuthError || NEEDS_SIGN_IN_CODES.has(code)) return failed(EXPIRED, true);
  if (code === 'network_error' || code === 'endpoints_resolution_error' || code === 'openid_config_error') {
    // The screen already says "could not be reached, check the network": the detail names what failed where.
    const what = tidy(error.errorMessage);
    return { code: 'network_error', message: `Microsoft's sign-in service did not answer${what ? `: ${what}` : ` (${code})`}`, needsSignIn: false };
  }
  if (LOOPBACK_CODES.test(code)) return failed(LOOPBACK);
  return failed(`Sign-in failed (${code}): ${tidy(error.errorMessage) || 'no details were given'}`);
}

export function describeAuthFailure(error: unknown): AuthFailure {
  if (error instanceof SignInEndedError) {
    switch (error.reason) {
      case 'cancelled':
        return cancelled('Sign-in was cancelled.');
      case 'replaced':
        return cancelled('A new sign-in replaced this one.');
      case 'timeout':
        return failed(
          'Sign-in timed out: the browser never came back to Passcode Desk. If the browser showed no Microsoft sign-in page, this computer may be offline: check the network, then try again. Otherwise try again, or sign in with a code instead.',
        );
    }
  }
  if (error instanceof AuthError) return fromMsal(error);
  if (error instanceof BrowserOpenError) return failed(error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failed(`Sign-in failed: ${tidy(message) || 'unknown error'}`);
}
