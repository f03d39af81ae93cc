import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { sharedEn } from '../../shared/i18n/en';
import { aadstsIn } from '../../shared/i18n/en/aadsts';
import type { AppMessage } from '../../shared/messages/app-message';
import type { AppError } from '../../shared/result';
import { isCodedNetworkCause } from '../../shared/i18n/os-fault';
import { word } from '../../shared/messages/coded-message';
import { SignInEndedError } from './sign-in-attempt';

/**
 * Turns whatever a sign-in or a silent renewal threw into words for the
 * technician. MSAL's and Entra's texts never hold a token, but they do carry
 * trace ids and timestamps nobody needs on screen; the AADSTS code stays,
 * beside a sentence saying what to do.
 */
export interface AuthFailure {
  readonly code: 'cancelled' | 'sign_in_failed' | 'network_error';
  /** English, for main's diagnostic log; the window words `say`. */
  readonly message: string;
  readonly say: AppMessage;
  /** Only a new interactive or device-code sign-in can fix it. */
  readonly needsSignIn: boolean;
}

/**
 * Thrown by our openBrowser step: the URL was refused or the system browser
 * could not be opened. `say` is why, as a code the window words; the message
 * is the same in English (MSAL and the diagnostic log see only that).
 */
export class BrowserOpenError extends Error {
  override name = 'BrowserOpenError';
  constructor(readonly say: AppMessage) {
    super(word(sharedEn.appMessages, say));
  }
}

const failure = (code: AuthFailure['code'], say: AppMessage, needsSignIn = false): AuthFailure => ({ code, message: word(sharedEn.appMessages, say), say, needsSignIn });
const failed = (say: AppMessage, needsSignIn = false) => failure('sign_in_failed', say, needsSignIn);
const cancelled = (say: AppMessage) => failure('cancelled', say);

const EXPIRED: AppMessage = { code: 'signInExpired', params: {} };
const LOOPBACK: AppMessage = { code: 'signInLoopback', params: {} };
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
  const number = String(code);
  const needsSignIn = [50058, 50173, 70000, 70008, 700082, 9002313].includes(code);
  if (aadstsIn(sharedEn.aadsts, number) !== undefined) return failed({ code: 'signInAadsts', params: { number } }, needsSignIn);
  return failed({ code: 'signInAadstsOther', params: { number, detail: tidy(description.replace(/^.*?AADSTS\d+:\s*/s, '')) } }, needsSignIn);
}

function fromMsal(error: AuthError): AuthFailure {
  const code = error.errorCode;
  const aadsts = /AADSTS(\d+)/.exec(error.errorMessage);
  if (aadsts?.[1]) {
    const failure = fromAadsts(Number(aadsts[1]), error.errorMessage);
    return error instanceof InteractionRequiredAuthError ? { ...failure, needsSignIn: true } : failure;
  }
  if (code === 'access_denied') return cancelled({ code: 'signInCancelledInBrowser', params: {} });
  if (code === 'device_code_polling_cancelled') return cancelled({ code: 'signInCancelled', params: {} });
  if (code === 'device_code_expired' || code === 'user_timeout_reached') return failed({ code: 'signInCodeExpired', params: {} });
  if (code === 'consent_required') return failed({ code: 'signInAadsts', params: { number: '65001' } }, true);
  if (error instanceof InteractionRequiredAuthError || NEEDS_SIGN_IN_CODES.has(code)) return failed(EXPIRED, true);
  if (code === 'network_error' || code === 'endpoints_resolution_error' || code === 'openid_config_error') {
    // The screen already says "could not be reached, check the network": the detail names what failed where,
    // as a coded cause the window words in its language (sign-in-network.ts), else MSAL's text tidied.
    const detail = isCodedNetworkCause(error.errorMessage) && error.errorMessage.length <= 300 ? error.errorMessage : tidy(error.errorMessage) || code;
    return failure('network_error', { code: 'signInNoAnswer', params: { detail } });
  }
  if (LOOPBACK_CODES.test(code)) return failed(LOOPBACK);
  // The code may be the identity platform's own `error` field: bounded like its description.
  return failed({ code: 'signInFailedCode', params: { code: tidy(code, 80), detail: tidy(error.errorMessage) || 'no details were given' } });
}

/** The failure as the error the window gets (and the session keeps until the next attempt). */
export function problemOf(failure: AuthFailure): AppError {
  return { code: failure.code, message: failure.message, say: failure.say };
}

export function describeAuthFailure(error: unknown): AuthFailure {
  if (error instanceof SignInEndedError) {
    switch (error.reason) {
      case 'cancelled':
        return cancelled({ code: 'signInCancelled', params: {} });
      case 'replaced':
        return cancelled({ code: 'signInReplaced', params: {} });
      case 'timeout':
        return failed({ code: 'signInTimedOut', params: {} });
    }
  }
  if (error instanceof AuthError) return fromMsal(error);
  if (error instanceof BrowserOpenError) return failed(error.say);
  const message = error instanceof Error ? error.message : String(error);
  return failed({ code: 'signInFailed', params: { detail: tidy(message) || 'unknown error' } });
}
