import { AuthError, ClientAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { BrowserOpenError, describeAuthFailure, tidy } from '../../../../main/auth/auth-errors';
import { SignInEndedError } from '../../../../main/auth/sign-in-attempt';

const entra = (code: number, text: string) =>
  `AADSTS${code}: ${text} Trace ID: 0b1c2d3e-0000-4000-8000-000000000001 Correlation ID: 0b1c2d3e-0000-4000-8000-000000000002 Timestamp: 2026-01-15 09:00:00Z`;

describe('describeAuthFailure', () => {
  it('shows a known AADSTS code with a plain sentence, without trace lines', () => {
    const failure = describeAuthFailure(new ServerError('invalid_client', 'c', entra(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")));
    expect(failure).toEqual({
      code: 'sign_in_failed',
      message: "The app registration does not allow public client flows. Turn on 'Allow public client flows' under Authentication in the app registration. (AADSTS7000218)",
      say: { code: 'signInAadsts', params: { number: '7000218' } },
      needsSignIn: false,
    });
  });

  it('says an admin must consent when consent is missing', () => {
    const failure = describeAuthFailure(new InteractionRequiredAuthError('consent_required', 'c', entra(65001, "The user or administrator has not consented to use the application.")));
    expect(failure.message).toMatch(/^An admin must grant consent .* \(AADSTS65001\)$/);
    expect(failure.needsSignIn).toBe(true);
  });

  it("keeps the server's own first words for an AADSTS code it has no sentence for", () => {
    const failure = describeAuthFailure(new ServerError('invalid_request', 'c', entra(12345, 'Something unusual happened.')));
    expect(failure.message).toBe('Microsoft sign-in refused the request (AADSTS12345). Microsoft said: “Something unusual happened.” Give the AADSTS code to your Entra administrator.');
    expect(failure.say).toEqual({ code: 'signInAadstsOther', params: { number: '12345', detail: 'Something unusual happened.' } });
  });

  it('treats a cancel in the browser or of the code flow as cancelled, not as a problem', () => {
    expect(describeAuthFailure(new ServerError('access_denied', 'c', 'The user cancelled.'))).toMatchObject({ code: 'cancelled' });
    expect(describeAuthFailure(new ClientAuthError('device_code_polling_cancelled', ''))).toMatchObject({ code: 'cancelled' });
    expect(describeAuthFailure(new SignInEndedError('cancelled'))).toEqual({ code: 'cancelled', message: 'Sign-in was cancelled.', say: { code: 'signInCancelled', params: {} }, needsSignIn: false });
    // A declined consent is also access_denied, but it is a refusal with a code, not a cancel.
    expect(describeAuthFailure(new ServerError('access_denied', 'c', entra(65004, 'User declined to consent.')))).toMatchObject({ code: 'sign_in_failed', message: expect.stringContaining('AADSTS65004') });
  });

  it('asks for a new sign-in when the refresh token is gone or refused', () => {
    expect(describeAuthFailure(new InteractionRequiredAuthError('no_tokens_found', 'c'))).toEqual({ code: 'sign_in_failed', message: 'Your sign-in has expired. Sign in again.', say: { code: 'signInExpired', params: {} }, needsSignIn: true });
    expect(describeAuthFailure(new ServerError('invalid_grant', 'c', entra(70008, 'The refresh token has expired.')))).toMatchObject({ needsSignIn: true, message: 'The sign-in has expired. Sign in again. (AADSTS70008)' });
  });

  it('tells network trouble, time-outs, an expired code and a browser that would not open apart', () => {
    // The screen's own sentence already says "check the network": the detail adds which host and why.
    const offline = describeAuthFailure(new AuthError('network_error', '', 'login.microsoftonline.com: ENOTFOUND'));
    expect(offline).toMatchObject({ code: 'network_error', say: { code: 'signInNoAnswer', params: { detail: 'login.microsoftonline.com: ENOTFOUND' } } });
    expect(describeAuthFailure(new ClientAuthError('network_error', '')).message).toMatch(/^Microsoft's sign-in service did not answer \(.+\)\. If other websites open on this computer, a proxy or firewall/);
    expect(describeAuthFailure(new SignInEndedError('timeout')).message).toMatch(/^Sign-in timed out: .*may be offline: check the network/);
    expect(describeAuthFailure(new ClientAuthError('device_code_expired', '')).message).toBe('The sign-in code expired before it was used. Start again to get a new code.');
    // The window words why from the code; MSAL and main's log get the same in English.
    const refused = new BrowserOpenError({ code: 'signInBrowserNotOpened', params: { cause: 'no handler for https' } });
    expect(refused.message).toBe(
      'The sign-in page was not opened: the system browser could not be started (the system said: “no handler for https”). Check that this computer has a default browser, then try again, or sign in with a code instead.',
    );
    expect(describeAuthFailure(refused)).toMatchObject({ code: 'sign_in_failed', message: refused.message, say: { code: 'signInBrowserNotOpened', params: { cause: 'no handler for https' } } });
  });

  it('never repeats anything long enough to be a token', () => {
    const token = `eyJ${'a'.repeat(120)}.${'b'.repeat(80)}`;
    const failure = describeAuthFailure(new Error(`upstream said ${token}`));
    expect(failure.message).not.toContain(token);
    expect(tidy(`x ${'c'.repeat(70)} y`)).toBe('x […] y');
  });
});

describe('server text on its way to the window', () => {
  it('bounds an error code and description of a megabyte from the sign-in service', () => {
    const megabyte = 'x_'.repeat(512 * 1024);
    const shown = JSON.stringify(describeAuthFailure(new ServerError(megabyte, '', megabyte)).say);
    expect(shown.length).toBeLessThan(1024);
    expect(describeAuthFailure(new ServerError('temporarily_unavailable', '', 'Try later')).say).toEqual({ code: 'signInFailedCode', params: { code: 'temporarily_unavailable', detail: 'Try later' } });
  });
});
