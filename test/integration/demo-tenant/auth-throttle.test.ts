import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCOPE_PRIVILEGED, SCOPE_READ } from '../../../main/demo-tenant';
import { expectGraphError, intuneMessage, LIST, request, resetOf, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture({ deviceCount: 100 });
});
afterEach(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

const withToken = (token: string) => ({ authorization: `Bearer ${token}` });

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken without a token, with an unknown one, and with an expired one', async () => {
    expectGraphError(await request('GET', f.tenant.url + LIST), 401, 'InvalidAuthenticationToken');
    expectGraphError(await request('GET', f.tenant.url + LIST, { authorization: 'Basic abc' }), 401, 'InvalidAuthenticationToken');
    expectGraphError(await request('GET', f.tenant.url + LIST, withToken('demo.not-issued')), 401, 'InvalidAuthenticationToken');

    const short = f.tenant.control.issueToken({ upn: 'a@contoso.com', scopes: [SCOPE_READ], ttlMs: 60_000 });
    expect((await request('GET', f.tenant.url + LIST, withToken(short))).status).toBe(200);
    f.clock.advance(60_000);
    const expired = await request('GET', f.tenant.url + LIST, withToken(short));
    expectGraphError(expired, 401, 'InvalidAuthenticationToken');
    expect(expired.body.error.message).toMatch(/expired/);
  });

  it('expireAllTokens expires every token issued so far, not later ones', async () => {
    f.tenant.control.expireAllTokens();
    expectGraphError(await f.get(LIST), 401, 'InvalidAuthenticationToken');
    const fresh = f.tenant.control.issueToken({ upn: 'b@contoso.com', scopes: [SCOPE_READ] });
    expect((await request('GET', f.tenant.url + LIST, withToken(fresh))).status).toBe(200);
  });

  it('answers 403 in Intune form without the scope the route needs', async () => {
    const readOnly = f.tenant.control.issueToken({ upn: 'r@contoso.com', scopes: [SCOPE_READ] });
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    const denied = await request('POST', f.tenant.url + resetOf(id), withToken(readOnly));
    expectGraphError(denied, 403, 'Forbidden');
    expect(intuneMessage(denied).Message).toContain(SCOPE_PRIVILEGED);

    const privilegedOnly = f.tenant.control.issueToken({ upn: 'p@contoso.com', scopes: [SCOPE_PRIVILEGED] });
    expectGraphError(await request('GET', f.tenant.url + LIST, withToken(privilegedOnly)), 403, 'Forbidden');
    expect((await request('POST', f.tenant.url + resetOf(id), withToken(privilegedOnly))).status).toBe(204);
  });
});

describe('throttling', () => {
  it('allows 200 writes per 20 s window, then 429 with Retry-After in seconds', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    for (let i = 0; i < 200; i++) expect((await f.post(resetOf(id))).status).toBe(204);
    f.clock.advance(5_000);
    const throttled = await f.post(resetOf(id));
    expectGraphError(throttled, 429, 'TooManyRequests');
    expect(throttled.headers.get('retry-after')).toBe('15');
    expect(intuneMessage(throttled).RetryAfter).toBe(15);
    // Reads still pass: the write budget is separate.
    expect((await f.get(`${LIST}?$top=1`)).status).toBe(200);
    f.clock.advance(15_000);
    expect((await f.post(resetOf(id))).status).toBe(204);
    expect(f.tenant.control.counters.resetPasscodePosts(id)).toBe(202);
  });

  it('allows 2,000 requests per window, then 429', async () => {
    const path = `${LIST}?$top=1&$select=id`;
    for (let batch = 0; batch < 200; batch++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => f.get(path)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
    }
    expectGraphError(await f.get(path), 429, 'TooManyRequests');
  });

  it('can answer 429 without Retry-After, as some Intune endpoints do', async () => {
    f.tenant.control.throttle.setLimits({ requests: 3 });
    f.tenant.control.throttle.sendRetryAfter(false);
    for (let i = 0; i < 3; i++) expect((await f.get(LIST)).status).toBe(200);
    const throttled = await f.get(LIST);
    expectGraphError(throttled, 429, 'TooManyRequests');
    expect(throttled.headers.get('retry-after')).toBeNull();
    f.tenant.control.throttle.reset();
    expect((await f.get(LIST)).status).toBe(200);
  });
});
