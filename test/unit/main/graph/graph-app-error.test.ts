import { describe, expect, it } from 'vitest';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';
import { graphAppError } from '../../../../main/graph/graph-app-error';
import { GraphError } from '../../../../main/graph/graph-error';

const http = (status: number, extra: Partial<ConstructorParameters<typeof GraphError>[0]> = {}) =>
  new GraphError({ failure: 'http', status, message: `Microsoft Graph answered ${status}`, requestId: 'req-1', clientRequestId: 'act-1', date: 'Thu, 15 Jan 2026 09:00:00 GMT', ...extra });

describe('Graph errors in words a technician can act on', () => {
  it('names a deleted device', () => {
    expect(graphAppError(http(404), 'device')).toMatchObject({ code: 'not_found', say: { code: 'deviceGone', params: {} }, message: 'This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.' });
    expect(graphAppError(http(404), 'reset').message).toBe('This device no longer exists in Intune. Refresh the list; if it was re-enrolled it has a new entry.');
  });

  it('names the role a 403 on the reset needs', () => {
    expect(graphAppError(http(403), 'reset')).toMatchObject({ code: 'graph_error', say: { code: 'graphForbiddenReset', params: {} } });
    expect(graphAppError(http(403), 'reset').message).toBe(
      'Intune refused the request (403): your account needs an Intune role with Remote tasks > Reset passcode (the built-in Help Desk Operator role has it), and the app registration needs DeviceManagementManagedDevices.PrivilegedOperations.All with admin consent. Ask your Intune administrator.',
    );
    expect(graphAppError(http(403), 'device-list').message).toMatch(/^Intune refused the request \(403\): .*read managed devices/);
  });

  it('keeps the ids support asks for', () => {
    expect(graphAppError(http(403), 'reset').detail).toEqual({
      status: 403,
      requestId: 'req-1',
      clientRequestId: 'act-1',
      date: 'Thu, 15 Jan 2026 09:00:00 GMT',
    });
  });

  it("quotes Intune's own sentence when it gave one", () => {
    const error = http(400, { code: 'BadRequest', message: 'Reset passcode is not supported on this platform.' });
    expect(graphAppError(error, 'reset').message).toContain('Intune said: “Reset passcode is not supported on this platform.”');
    expect(graphAppError(error, 'reset').say).toEqual({ code: 'graphResetRefused', params: { said: 'Reset passcode is not supported on this platform.' } });
  });

  it('does not repeat an absurd Retry-After (a hostile or broken server): it says to wait, not to come back in 1e+23 s', () => {
    for (const retryAfterMs of [1e26, Number.POSITIVE_INFINITY, 2 * 24 * 3600 * 1000]) {
      const error = graphAppError(http(429, { retryAfterMs }), 'reset');
      expect(error).toMatchObject({ code: 'throttled', say: { code: 'graphThrottledNoWait', params: {} } });
      expect(error.message).toBe('Intune is limiting requests right now (429). Wait a minute, then try again.');
    }
    expect(graphAppError(http(429, { retryAfterMs: 3_600_000 }), 'reset').message).toContain('Try again in 1 hour.');
  });

  it('maps throttling, sign-in and network failures to their codes', () => {
    expect(graphAppError(http(429, { retryAfterMs: 300_000 }), 'reset')).toMatchObject({ code: 'throttled', message: expect.stringContaining('Try again in 5 minutes.') });
    expect(graphAppError(http(401), 'device').code).toBe('not_signed_in');
    expect(graphAppError(new GraphError({ failure: 'not-signed-in', message: 'Sign in to continue' }), 'device')).toMatchObject({ code: 'not_signed_in', message: 'Sign in to continue' });
    expect(graphAppError(new GraphError({ failure: 'network', message: 'Microsoft Graph could not be reached' }), 'device').code).toBe('network_error');
    expect(graphAppError(new GraphError({ failure: 'timeout', message: 'No answer' }), 'device').code).toBe('network_error');
    expect(graphAppError(new GraphError({ failure: 'cancelled', message: 'x' }), 'device').code).toBe('cancelled');
    expect(graphAppError(new Error('boom'), 'device').code).toBe('internal');
  });
});

describe('a network failure on the way to Graph', () => {
  it('hands the window the coded cause, so a proxy refusal is worded in the window’s language', () => {
    const error = graphAppError(new GraphError({ failure: 'network', message: 'Microsoft Graph could not be reached (PROXY_407)', networkCause: 'PROXY_407\tgraph.microsoft.com' }), 'reset');
    expect(error.say).toEqual({ code: 'graphNetwork', params: { detail: 'PROXY_407\tgraph.microsoft.com' } });
    expect(word(sharedText.en.appMessages, error.say!)).toContain('(the proxy asks for a sign-in Passcode Desk cannot give it (HTTP 407), code PROXY_407, server graph.microsoft.com)');
    expect(word(sharedText.it.appMessages, error.say!)).toContain('(il proxy chiede un’autenticazione che Passcode Desk non può fornirgli (HTTP 407), codice PROXY_407, server graph.microsoft.com)');
  });

  it('keeps main’s sentence when no code is known', () => {
    const error = graphAppError(new GraphError({ failure: 'network', message: 'The connection to Microsoft Graph dropped before the answer was complete' }), 'device');
    expect(error.say?.params).toEqual({ detail: 'The connection to Microsoft Graph dropped before the answer was complete' });
    expect(word(sharedText.it.appMessages, error.say!)).toContain('The connection to Microsoft Graph dropped');
  });
});
