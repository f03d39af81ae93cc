import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectGraphError, intuneMessage, LIST, resetOf, device, startFixture, type Fixture } from './tenant-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture({ deviceCount: 120 });
});
afterEach(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

/** After any fault the tenant keeps serving. */
async function expectServing(): Promise<void> {
  expect((await f.get(`${LIST}?$top=1`)).status).toBe(200);
}

describe('scripted faults', () => {
  it('503 and 504 are Graph-shaped, on the scripted route only', async () => {
    f.tenant.control.faults.next({ route: 'list', kind: '503', retryAfter: 7 });
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    expect((await f.get(device(id))).status).toBe(200);
    const unavailable = await f.get(LIST);
    expectGraphError(unavailable, 503, 'ServiceUnavailable');
    expect(unavailable.headers.get('retry-after')).toBe('7');
    expect(intuneMessage(unavailable).RetryAfter).toBe(7);
    f.tenant.control.faults.next({ route: 'device', kind: '504' });
    expectGraphError(await f.get(device(id)), 504, 'GatewayTimeout');
    await expectServing();
  });

  it('429 with and without Retry-After', async () => {
    f.tenant.control.faults.next({ route: 'any', kind: '429', retryAfter: 3 });
    const withHeader = await f.get(LIST);
    expectGraphError(withHeader, 429, 'TooManyRequests');
    expect(withHeader.headers.get('retry-after')).toBe('3');
    f.tenant.control.faults.next({ route: 'any', kind: '429', retryAfter: null });
    const without = await f.get(LIST);
    expectGraphError(without, 429, 'TooManyRequests');
    expect(without.headers.get('retry-after')).toBeNull();
    expect(intuneMessage(without).RetryAfter).toBeNull();
    await expectServing();
  });

  it('401 as if the token had expired server-side', async () => {
    f.tenant.control.faults.next({ route: 'audits', kind: '401' });
    const answer = await f.get('/beta/deviceManagement/remoteActionAudits');
    expectGraphError(answer, 401, 'InvalidAuthenticationToken');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await f.get('/beta/deviceManagement/remoteActionAudits')).status).toBe(200);
  });

  it('delay postpones a normal answer', async () => {
    f.tenant.control.faults.next({ route: 'list', kind: 'delay', delayMs: 50 });
    const answer = await f.get(`${LIST}?$top=2`);
    expect(answer.status).toBe(200);
    expect(answer.body.value).toHaveLength(2);
  });

  it('drop closes the connection without an answer', async () => {
    f.tenant.control.faults.next({ route: 'list', kind: 'drop' });
    await expect(f.get(LIST)).rejects.toThrow();
    await expectServing();
  });

  it('malformed sends a 200 whose JSON does not parse', async () => {
    f.tenant.control.faults.next({ route: 'list', kind: 'malformed' });
    const answer = await f.get(LIST);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(() => JSON.parse(answer.text)).toThrow();
    await expectServing();
  });

  it('emptyPageWithNextLink sends no devices and a nextLink that resumes at the same place', async () => {
    const expected = await f.getAll(`${LIST}?$top=50&$select=id`);
    const first = await f.get(`${LIST}?$top=50&$select=id`);
    f.tenant.control.faults.next({ route: 'list', kind: 'emptyPageWithNextLink' });
    const empty = await f.get(first.body['@odata.nextLink']);
    expect(empty.status).toBe(200);
    expect(empty.body.value).toEqual([]);
    const rest = await f.getAll(empty.body['@odata.nextLink']);
    expect([...first.body.value, ...rest]).toEqual(expected);
  });

  it('times: the fault repeats, then stops', async () => {
    f.tenant.control.faults.next({ route: 'list', kind: '503', times: 2 });
    expect(f.tenant.control.faults.pending()).toBe(2);
    expect((await f.get(LIST)).status).toBe(503);
    expect((await f.get(LIST)).status).toBe(503);
    expect((await f.get(LIST)).status).toBe(200);
    expect(f.tenant.control.faults.pending()).toBe(0);
  });

  it('afterProcessing: the reset runs although the answer fails, and the server counts the POST', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: '504', afterProcessing: true });
    expectGraphError(await f.post(resetOf(id)), 504, 'GatewayTimeout');
    const results = (await f.get(`${device(id)}?$select=deviceActionResults`)).body.deviceActionResults;
    expect(results).toHaveLength(1);
    expect(f.tenant.control.counters.resetPasscodePosts(id)).toBe(1);

    const other = f.tenant.control.deviceId('DEMO-IOS-18');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: '504' });
    expectGraphError(await f.post(resetOf(other)), 504, 'GatewayTimeout');
    expect((await f.get(`${device(other)}?$select=deviceActionResults`)).body.deviceActionResults).toEqual([]);
  });

  it('malformed on a reset is never a success for an action that was not queued', async () => {
    const before = f.tenant.control.deviceId('DEMO-IOS-17');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: 'malformed' });
    const garbled = await f.post(resetOf(before));
    expect(garbled.status).toBe(502);
    expect(() => JSON.parse(garbled.text)).toThrow();
    expect((await f.get(`${device(before)}?$select=deviceActionResults`)).body.deviceActionResults).toEqual([]);

    // After processing the action is queued, and only then may the garbled answer carry a success status.
    const after = f.tenant.control.deviceId('DEMO-IOS-18');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: 'malformed', afterProcessing: true });
    expect((await f.post(resetOf(after))).status).toBe(200);
    expect((await f.get(`${device(after)}?$select=deviceActionResults`)).body.deviceActionResults).toHaveLength(1);
  });

  it('500 and 502 are Graph-shaped and, after processing, the reset still ran', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: '500', afterProcessing: true });
    expectGraphError(await f.post(resetOf(id)), 500, 'InternalServerError');
    expect((await f.get(`${device(id)}?$select=deviceActionResults`)).body.deviceActionResults).toHaveLength(1);
    f.tenant.control.faults.next({ route: 'device', kind: '502' });
    expectGraphError(await f.get(device(id)), 502, 'BadGateway');
    await expectServing();
  });

  it('hang answers nothing until the client gives up; after processing the reset ran', async () => {
    const id = f.tenant.control.deviceId('DEMO-IOS-17');
    f.tenant.control.faults.next({ route: 'resetPasscode', kind: 'hang', afterProcessing: true });
    const giveUp = new AbortController();
    const answer = fetch(f.tenant.url + resetOf(id), { method: 'POST', headers: { authorization: `Bearer ${f.token}` }, signal: giveUp.signal });
    // The reset is queued before the hang: waiting for it to show is waiting on the tenant, not on time.
    while ((await f.get(`${device(id)}?$select=deviceActionResults`)).body.deviceActionResults.length === 0);
    giveUp.abort();
    await expect(answer).rejects.toThrow();
    await expectServing();
  });

  it('refuses faults that cannot happen', () => {
    expect(() => f.tenant.control.faults.next({ route: 'device', kind: 'emptyPageWithNextLink' })).toThrow(TypeError);
    expect(() => f.tenant.control.faults.next({ route: 'resetPasscode', kind: '429', afterProcessing: true })).toThrow(TypeError);
  });
});

describe('seeded random faults', () => {
  async function statuses(seed: number): Promise<string[]> {
    f.tenant.control.faults.random({ probability: 0.5, seed, kinds: ['503', '504', '429', 'malformed'] });
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      const answer = await f.get(`${LIST}?$top=1`);
      if (answer.status >= 400) expectGraphError(answer, answer.status, answer.body.error.code);
      seen.push(answer.status === 200 && answer.body === undefined ? 'malformed' : String(answer.status));
    }
    f.tenant.control.faults.random(null);
    return seen;
  }

  it('are reproducible from their seed and Graph-shaped', async () => {
    const first = await statuses(42);
    expect(await statuses(42)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(2);
    await expectServing();
  });
});
