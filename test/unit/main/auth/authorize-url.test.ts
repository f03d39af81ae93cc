import { describe, expect, it } from 'vitest';
import { BrowserOpenError } from '../../../../main/auth/auth-errors';
import { checkAuthorizeUrl } from '../../../../main/auth/authorize-url';

const HOST = 'login.microsoftonline.com';
const good = `https://${HOST}/contoso.com/oauth2/v2.0/authorize?client_id=x&redirect_uri=${encodeURIComponent('http://localhost:50123')}&state=abc`;

/** The coded reason the check threw, or null when it let the address through. */
function refusal(url: string): unknown {
  try {
    checkAuthorizeUrl(url, HOST);
    return null;
  } catch (error) {
    return error instanceof BrowserOpenError ? error.say : error;
  }
}

describe('checkAuthorizeUrl', () => {
  it('lets the sign-in page of the configured host through, and finds MSAL’s listener on 127.0.0.1', () => {
    expect(checkAuthorizeUrl(good, HOST)).toEqual({ url: good, listener: 'http://127.0.0.1:50123/', state: 'abc' });
  });

  it.each([
    ['plain http', good.replace('https:', 'http:')],
    ['another host', good.replace(HOST, 'login.evil.example')],
    ['a look-alike host', good.replace(HOST, `${HOST}.evil.example`)],
    ['credentials in the URL', good.replace('https://', 'https://user:pw@')],
    ['an explicit port', good.replace(HOST, `${HOST}:8443`)],
    ['another path', good.replace('/oauth2/v2.0/authorize', '/oauth2/v2.0/logout')],
    ['no state', good.replace('&state=abc', '')],
  ])('refuses %s, naming the host it expects', (_why, url) => {
    expect(() => checkAuthorizeUrl(url, HOST)).toThrow(BrowserOpenError);
    expect(refusal(url)).toEqual({ code: 'signInAddressUnexpected', params: { host: HOST } });
  });

  it('says why for an address it cannot read, and for a redirect that is not its own listener', () => {
    expect(refusal('javascript:alert(1)')).toEqual({ code: 'signInAddressUnexpected', params: { host: HOST } });
    expect(refusal('not a url at all')).toEqual({ code: 'signInAddressUnreadable', params: {} });
    expect(refusal(good.replace(encodeURIComponent('http://localhost:50123'), 'not%20a%20url'))).toEqual({ code: 'signInAddressUnreadable', params: {} });
    expect(refusal(good.replace(encodeURIComponent('http://localhost:50123'), encodeURIComponent('https://evil.example/cb')))).toEqual({ code: 'signInRedirectNotOwn', params: {} });
  });
});
