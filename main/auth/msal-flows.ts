import { AuthError, type AuthenticationResult, type DeviceCodeRequest, type PublicClientApplication, type ServerError } from '@azure/msal-node';
import type { DeviceCodePrompt } from '../../shared/auth/session';
import { isOsErrorCode } from '../../shared/i18n/os-fault';
import { faultCause } from '../base/fault-cause';
import { BrowserOpenError, tidy } from './auth-errors';
import { abandonAtListener, checkAuthorizeUrl } from './authorize-url';
import { signInFailedPage, signInSucceededPage } from './browser-pages';
import { SignInEndedError, type SignInAttempt } from './sign-in-attempt';

/**
 * MSAL's two user-facing flows, each wired to stop when its attempt ends:
 * the browser flow (auth code + PKCE through a loopback listener, which MSAL
 * runs) and the device code flow (the fallback where a tenant or a locked-down
 * machine does not allow the first).
 */
export interface FlowContext {
  readonly scopes: string[];
  readonly authorityHost: string;
  /** Opens the checked https URL in the system browser. */
  openBrowser(url: string): Promise<void>;
  /** The last technician, so the browser can offer their account first. */
  readonly loginHint?: string;
  onDeviceCode(prompt: DeviceCodePrompt): void;
  /** What the identity platform last refused, with its AADSTS code (see sign-in-network.ts). */
  lastServerError(): ServerError | null;
  now(): number;
}

export function signInWithBrowser(pca: PublicClientApplication, attempt: SignInAttempt, context: FlowContext): Promise<AuthenticationResult> {
  return pca.acquireTokenInteractive({
    scopes: context.scopes,
    // Helpdesk machines are shared: let the technician pick the account rather than reuse a browser session silently.
    prompt: 'select_account',
    ...(context.loginHint && { loginHint: context.loginHint }),
    successTemplate: signInSucceededPage,
    errorTemplate: signInFailedPage,
    openBrowser: async (raw) => {
      if (attempt.ended) throw new SignInEndedError(attempt.ended);
      const target = checkAuthorizeUrl(raw, context.authorityHost);
      attempt.onEnd(() => void abandonAtListener(target));
      try {
        await context.openBrowser(target.url);
      } catch (error) {
        // An OS code (ENOENT: no browser program) the window words in its language; else the OS's text, tidied.
        const cause = faultCause(error);
        throw new BrowserOpenError({ code: 'signInBrowserNotOpened', params: { cause: isOsErrorCode(cause.split('\t')[0] ?? '') ? cause : tidy(cause) } });
      }
    },
  });
}

export async function signInWithCode(pca: PublicClientApplication, attempt: SignInAttempt, context: FlowContext): Promise<AuthenticationResult> {
  const request: DeviceCodeRequest = {
    scopes: context.scopes,
    deviceCodeCallback: (response) => {
      // MSAL does not check the code request succeeded: an error answer arrives here as a code without fields.
      if (!response.userCode || !response.deviceCode) throw context.lastServerError() ?? new Error('Microsoft sign-in did not issue a code');
      if (attempt.ended) return;
      context.onDeviceCode({
        userCode: response.userCode,
        verificationUri: response.verificationUri,
        message: response.message,
        expiresAt: new Date(context.now() + response.expiresIn * 1000).toISOString(),
      });
    },
  };
  // MSAL reads this flag before each poll of the token endpoint.
  attempt.onEnd(() => {
    request.cancel = true;
  });
  let result: AuthenticationResult | null;
  try {
    result = await pca.acquireTokenByDeviceCode(request);
  } catch (error) {
    const refused = error instanceof AuthError && error.errorCode === 'post_request_failed' ? context.lastServerError() : null;
    throw refused ?? error;
  }
  if (!result) throw new Error('Microsoft sign-in ended without a result');
  return result;
}
