import { describe, expect, it } from 'vitest';
import { startRefusingProxy } from '../../../support/refusing-proxy';
import type { TokenProvider } from '../../../../main/auth/token-provider';
import { NotSignedInError } from '../../../../main/auth/token-provider';
import { silentLogger } from '../../../../main/base/logger';
import { createGraphClient, type GraphClientOptions } from '../../../../main/graph/graph-client';
import { GraphError } from '../../../../main/graph/graph-error';
import { createFakeClock } from '../../../support/fake-clock';

/**
 * The Graph client's retry, token and paging rules against a scripted fetch
 * and a fake clock: every wait is checked by the timer it sets, none is slept.
 */
const base = 'https://graph.example.test';
const secretToken = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZWNoIn0.c2VjcmV0LXNpZ25hdHVyZQ';

type Responder = (url: string, init: RequestInit) => Response | Promise<Response>;
interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
}

function scripted(...responders: Responder[]) {
  const calls: Call[] = [];
  const fetch = (async (input: string | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) } });
    const responder = responders.shift();
    if (!responder) throw new Error(`unexpected request ${String(input)}`);
    return responder(String(input), init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Responder => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'request-id': `req-${status}`, ...headers } });
const noContent: Responder = () => new Response(null, { status: 204, headers: { 'request-id': 'req-204' } });
const graphError = (status: number, code: string, headers: Record<string, string> = {}) => json(status, { error: { code, message: `${code} happened` } }, headers);
const networkError = (code: string): Responder => () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket'), { code }) });
};
const hang: Responder = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

function tokens(): TokenProvider & { calls: Array<{ forceRefresh?: boolean }> } {
  const calls: Array<{ forceRefresh?: boolean }> = [];
  let n = 0;
  return {
    calls,
    async getAccessToken(_scopes, options) {
      calls.push({ ...options });
      if (options?.forceRefresh) n++;
      return `${secretToken}${n}`;
    },
  };
}

function setup(responders: Responder[], extra: Partial<GraphClientOptions> = {}) {
  const clock = createFakeClock();
  const { fetch, calls } = scripted(...responders);
  const provider = tokens();
  const graph = createGraphClient({ baseUrl: base, tokens: provider, logger: silentLogger, fetch, clock, random: () => 0, timeoutMs: 30_000, ...extra });
  return { graph, clock, calls, provider };
}

function outcome<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

const device = { id: 'd1', deviceName: 'PHONE' };

describe('reads: retried on 429, 503, 504 and dropped connections', () => {
  it("waits the service's Retry-After (seconds) before trying again", async () => {
    const { graph, clock, calls } = setup([graphError(429, 'TooManyRequests', { 'retry-after': '3' }), json(200, device)]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(calls).toHaveLength(1);
    expect(clock.pending()[0]).toBe(3_000);
    await clock.advance(2_999);
    expect(calls).toHaveLength(1);
    await clock.advance(1);
    expect(calls).toHaveLength(2);
    expect(read.value).toEqual(device);
  });

  it("waits until a Retry-After HTTP date, read against the response's Date", async () => {
    const { graph, clock, calls } = setup([
      graphError(503, 'ServiceUnavailable', { date: 'Thu, 15 Jan 2026 09:00:00 GMT', 'retry-after': 'Thu, 15 Jan 2026 09:00:07 GMT' }),
      json(200, device),
    ]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(clock.pending()[0]).toBe(7_000);
    await clock.advance(7_000);
    expect(calls).toHaveLength(2);
    expect(read.value).toEqual(device);
  });

  it('backs off exponentially when no Retry-After is given, a bounded number of times', async () => {
    const { graph, clock, calls } = setup(
      [504, 503, 504, 503, 504].map((status) => graphError(status, 'Busy')),
      { retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 } },
    );
    const read = outcome(graph.getManagedDevice('d1'));
    const waits: number[] = [];
    while (!read.settled) {
      await clock.settle();
      if (read.settled) break;
      waits.push(clock.pending()[0] ?? -1);
      await clock.next();
    }
    expect(waits).toEqual([500, 1_000, 2_000, 4_000]); // random() = 0: the fixed half of each step
    expect(calls).toHaveLength(5);
    expect(read.error).toBeInstanceOf(GraphError);
    expect((read.error as GraphError).status).toBe(504);
  });

  it('retries a dropped connection and a garbled body', async () => {
    const garbled: Responder = () => new Response('{"value":[{"id":', { status: 200 });
    const { graph, clock, calls } = setup([networkError('ECONNRESET'), garbled, json(200, device)]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.next();
    await clock.next();
    expect(calls).toHaveLength(3);
    expect(read.value).toEqual(device);
  });

  it('retries a read that timed out', async () => {
    const { graph, clock, calls } = setup([hang, json(200, device)], { timeoutMs: 10_000 });
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.advance(10_000); // the timeout
    await clock.next(); // the backoff
    expect(calls).toHaveLength(2);
    expect(read.value).toEqual(device);
  });

  it('does not retry other errors', async () => {
    const { graph, clock, calls } = setup([graphError(403, 'Forbidden')]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(calls).toHaveLength(1);
    expect(read.error).toMatchObject({ status: 403, code: 'Forbidden', requestId: 'req-403' });
  });

  it('gives up at once on a Retry-After too long to wait out', async () => {
    const { graph, clock, calls } = setup([graphError(429, 'TooManyRequests', { 'retry-after': '3600' })]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(calls).toHaveLength(1);
    expect(read.error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
  });

  it('stops when the caller cancels, even mid-wait', async () => {
    const { graph, clock } = setup([graphError(503, 'Busy')]);
    const controller = new AbortController();
    const read = outcome(graph.getManagedDevice('d1', { signal: controller.signal }));
    await clock.settle();
    controller.abort();
    await clock.settle();
    expect(read.error).toMatchObject({ failure: 'cancelled' });
  });
});

describe('resetPasscode: re-sent only after a 429', () => {
  it('sends the action id as client-request-id and accepts a 204', async () => {
    const { graph, clock, calls } = setup([noContent]);
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.settle();
    expect(reset.value).toMatchObject({ requestId: 'req-204', clientRequestId: 'action-1' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${base}/v1.0/deviceManagement/managedDevices/d1/resetPasscode` });
    expect(calls[0]?.headers['client-request-id']).toBe('action-1');
  });

  it('goes again after a 429 and its Retry-After, with the same client-request-id', async () => {
    const { graph, clock, calls } = setup([graphError(429, 'TooManyRequests', { 'retry-after': '2' }), noContent]);
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.settle();
    expect(clock.pending()[0]).toBe(2_000);
    await clock.advance(2_000);
    expect(calls.map((c) => c.headers['client-request-id'])).toEqual(['action-1', 'action-1']);
    expect(reset.value).toBeDefined();
  });

  it.each([
    ['500', graphError(500, 'InternalServerError')],
    ['502', graphError(502, 'BadGateway')],
    ['503', graphError(503, 'ServiceUnavailable')],
    ['504', graphError(504, 'GatewayTimeout')],
    ['a dropped connection', networkError('ECONNRESET')],
  ])('after %s the outcome is unknown and nothing is re-sent', async (_name, responder) => {
    const { graph, clock, calls } = setup([responder]);
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.advance(600_000);
    expect(calls).toHaveLength(1);
    expect(reset.error).toMatchObject({ outcome: 'unknown' });
  });

  it('after a timeout the outcome is unknown and nothing is re-sent', async () => {
    const { graph, clock, calls } = setup([hang], { timeoutMs: 10_000 });
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.advance(600_000);
    expect(calls).toHaveLength(1);
    expect(reset.error).toMatchObject({ failure: 'timeout', outcome: 'unknown' });
  });

  it('a refused connection never reached the service: not run, and still not re-sent', async () => {
    const { graph, clock, calls } = setup([networkError('ECONNREFUSED')]);
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.advance(600_000);
    expect(calls).toHaveLength(1);
    expect(reset.error).toMatchObject({ failure: 'network', outcome: 'not-run' });
  });

  it('a proxy that refused the tunnel (407) let nothing reach Graph: not run, named by its status', async () => {
    const proxy = await startRefusingProxy(407);
    try {
      const graph = createGraphClient({ baseUrl: base, tokens: tokens(), logger: silentLogger, fetch: proxy.fetch, random: () => 0, timeoutMs: 30_000, retry: { maxAttempts: 1 } });
      const failure = await graph.resetPasscode('d1', { clientRequestId: 'action-1' }).then(() => null, (error: unknown) => error);
      expect(failure).toMatchObject({ failure: 'network', outcome: 'not-run' });
      expect((failure as Error).message).toContain('PROXY_407');
      // The code and the server, for the window to word in its language (graph-app-error.ts).
      expect(failure).toMatchObject({ networkCause: `PROXY_407\t${new URL(base).host}` });
      expect(proxy.connects).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('a 4xx is a plain failure', async () => {
    const { graph, clock } = setup([graphError(403, 'Forbidden')]);
    const reset = outcome(graph.resetPasscode('d1', { clientRequestId: 'action-1' }));
    await clock.settle();
    expect(reset.error).toMatchObject({ status: 403, outcome: 'failed' });
  });
});

describe('tokens', () => {
  it('renews the token once after a 401 and tries again', async () => {
    const { graph, clock, calls, provider } = setup([graphError(401, 'InvalidAuthenticationToken'), json(200, device)]);
    const read = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(read.value).toEqual(device);
    expect(provider.calls).toEqual([{}, { forceRefresh: true }]);
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${secretToken}0`);
    expect(calls[1]?.headers.authorization).toBe(`Bearer ${secretToken}1`);
  });

  it('does not loop on a second 401', async () => {
    const { graph, clock, calls } = setup([graphError(401, 'InvalidAuthenticationToken'), graphError(401, 'InvalidAuthenticationToken')]);
    const read = outcome(graph.resetPasscode('d1', { clientRequestId: 'a' }));
    await clock.settle();
    expect(calls).toHaveLength(2);
    expect(read.error).toMatchObject({ status: 401, outcome: 'not-run' });
  });

  it('reports a sign-in the provider cannot give without sending anything', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = scripted();
    const graph = createGraphClient({
      baseUrl: base,
      logger: silentLogger,
      fetch,
      clock,
      tokens: { getAccessToken: () => Promise.reject(new NotSignedInError()) },
    });
    await expect(graph.getManagedDevice('d1')).rejects.toMatchObject({ failure: 'not-signed-in', message: 'Sign in to continue' });
    expect(calls).toHaveLength(0);
  });

  it('never puts the token in an error', async () => {
    const { graph, clock } = setup([graphError(403, 'Forbidden'), networkError('ECONNRESET'), hang, graphError(500, 'Oops')], {
      retry: { maxAttempts: 1 },
      timeoutMs: 1_000,
    });
    const errors: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const read = outcome(graph.getManagedDevice('d1'));
      await clock.advance(1_000);
      errors.push(read.error);
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(GraphError);
      const all = JSON.stringify({ ...(error as object), message: (error as Error).message, stack: (error as Error).stack });
      expect(all).not.toContain(secretToken);
    }
  });
});

describe('paging', () => {
  const page = (ids: string[], next?: string) => json(200, { value: ids.map((id) => ({ id })), ...(next && { '@odata.nextLink': next }) });

  it('follows the whole nextLink until it is absent, tolerating empty pages', async () => {
    const { graph, calls } = setup([
      page(['a', 'b'], `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`),
      page([], `${base}/beta/deviceManagement/managedDevices?$skiptoken=p3`),
      page(['c']),
    ]);
    const pages = [];
    for await (const p of graph.listManagedDevices()) pages.push(p);
    expect(pages.map((p) => [p.items.length, p.loaded, p.last])).toEqual([[2, 2, false], [0, 2, false], [1, 3, true]]);
    expect(calls[0]?.url).toMatch(/\/beta\/deviceManagement\/managedDevices\?\$select=id,deviceName,operatingSystem/);
    expect(calls[1]?.url).toBe(`${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`);
  });

  it('refuses a nextLink to another host: the token goes only where we were told', async () => {
    const { graph, calls } = setup([page(['a'], 'https://evil.example.test/collect?$skiptoken=x')]);
    const read = async () => {
      for await (const _ of graph.listManagedDevices());
    };
    await expect(read()).rejects.toMatchObject({ failure: 'malformed' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a nextLink that is not text, rather than taking the list as complete (a cut list would be saved as the whole fleet)', async () => {
    for (const link of [42, { href: `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2` }, true]) {
      const { graph, calls } = setup([json(200, { value: [{ id: 'a' }], '@odata.nextLink': link })]);
      const read = async () => {
        for await (const _ of graph.listManagedDevices());
      };
      await expect(read()).rejects.toMatchObject({ failure: 'malformed' });
      expect(calls).toHaveLength(1);
    }
  });

  it('takes a null or empty nextLink as the last page', async () => {
    for (const link of [null, '']) {
      const { graph } = setup([json(200, { value: [{ id: 'a' }], '@odata.nextLink': link })]);
      const pages = [];
      for await (const p of graph.listManagedDevices()) pages.push(p);
      expect(pages.map((p) => p.last)).toEqual([true]);
    }
  });

  it('refuses a nextLink back to a page that had items: it would repeat them', async () => {
    const again = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    const { graph } = setup([page(['a'], again), page(['b'], again)]);
    const read = async () => {
      for await (const _ of graph.listManagedDevices());
    };
    await expect(read()).rejects.toMatchObject({ failure: 'malformed' });
  });

  it('follows an empty page whose link points back to the same place', async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    const { graph } = setup([page(['a'], p2), page([], p2), page(['b'])]);
    const ids: unknown[] = [];
    for await (const p of graph.listManagedDevices()) ids.push(...p.items.map((i) => (i as { id: string }).id));
    expect(ids).toEqual(['a', 'b']);
  });

  it('stops an endless run of empty pages', async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    const { graph, calls } = setup(Array.from({ length: 30 }, () => page([], p2)));
    const read = async () => {
      for await (const _ of graph.listManagedDevices());
    };
    await expect(read()).rejects.toMatchObject({ failure: 'malformed' });
    expect(calls.length).toBeLessThan(30);
  });

  it('asks for the next page while the caller still works on this one', async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    let secondAsked!: () => void;
    const asked = new Promise<void>((resolve) => (secondAsked = resolve));
    const { graph, calls } = setup([
      page(['a'], p2),
      (url, init) => {
        secondAsked();
        return page(['b'])(url, init);
      },
    ]);
    const pages = graph.listManagedDevices()[Symbol.asyncIterator]();
    const first = await pages.next();
    expect(first.value).toMatchObject({ items: [{ id: 'a' }], last: false });
    // Nothing more was asked of the iterator: the second request goes out on its own.
    await asked;
    expect(calls.map((c) => c.url)[1]).toBe(p2);
    const second = await pages.next();
    expect(second.value).toMatchObject({ items: [{ id: 'b' }], loaded: 2, last: true });
    expect((await pages.next()).done).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it("throws a read-ahead page's failure when the caller asks for that page, not before", async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    const { graph } = setup([page(['a'], p2), graphError(400, 'BadRequest')]);
    const pages = graph.listManagedDevices()[Symbol.asyncIterator]();
    await expect(pages.next()).resolves.toMatchObject({ value: { items: [{ id: 'a' }] } });
    await expect(pages.next()).rejects.toMatchObject({ failure: 'http', status: 400 });
  });

  it('cancels the read-ahead when the caller stops early', async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    let secondSignal: AbortSignal | undefined;
    let secondAsked!: () => void;
    const asked = new Promise<void>((resolve) => (secondAsked = resolve));
    const { graph } = setup([
      page(['a'], p2),
      (url, init) => {
        secondSignal = init.signal ?? undefined;
        secondAsked();
        return hang(url, init);
      },
    ]);
    for await (const p of graph.listManagedDevices()) {
      expect(p.items).toHaveLength(1);
      await asked;
      expect(secondSignal?.aborted).toBe(false);
      break;
    }
    expect(secondSignal?.aborted).toBe(true);
  });

  it("tells the list's size from @odata.count, keeping it for pages that do not repeat it", async () => {
    const p2 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p2`;
    const p3 = `${base}/beta/deviceManagement/managedDevices?$skiptoken=p3`;
    const { graph } = setup([
      json(200, { '@odata.count': 3, value: [{ id: 'a' }], '@odata.nextLink': p2 }),
      page(['b'], p3),
      json(200, { '@odata.count': 4, value: [{ id: 'c' }, { id: 'd' }] }),
    ]);
    const totals: Array<number | null> = [];
    for await (const p of graph.listManagedDevices()) totals.push(p.total);
    expect(totals).toEqual([3, 3, 4]);
  });

  it('takes no count from a page that has none or a count that is not one', async () => {
    for (const count of [undefined, -1, 2.5, '7', null, Number.MAX_SAFE_INTEGER + 2]) {
      const { graph } = setup([json(200, { '@odata.count': count, value: [{ id: 'a' }] })]);
      for await (const p of graph.listManagedDevices()) expect(p.total, String(count)).toBeNull();
    }
  });

  it('asks for resetPasscode audits only', async () => {
    const { graph, calls } = setup([page([])]);
    for await (const _ of graph.listRemoteActionAudits());
    expect(calls[0]?.url).toBe(`${base}/beta/deviceManagement/remoteActionAudits?$filter=action%20eq%20%27resetPasscode%27&$orderby=requestDateTime%20desc`);
  });
});

describe('rate limiting', () => {
  it('holds a request back when the window is full instead of failing it', async () => {
    const { graph, clock, calls } = setup([json(200, device), json(200, device), json(200, device)], {
      limits: { windowMs: 20_000, requests: 2, writes: 1 },
    });
    await graph.getManagedDevice('d1');
    await graph.getManagedDevice('d1');
    const third = outcome(graph.getManagedDevice('d1'));
    await clock.settle();
    expect(calls).toHaveLength(2);
    await clock.advance(20_000);
    expect(calls).toHaveLength(3);
    expect(third.value).toEqual(device);
  });
});

describe('answer size', () => {
  const big = JSON.stringify({ value: Array.from({ length: 200 }, (_, i) => ({ id: `d${i}`, deviceName: 'x'.repeat(40) })) });
  const streamed = (text: string): Responder => () =>
    new Response(new Blob([text]).stream(), { status: 200, headers: { 'content-type': 'application/json' } });

  it('refuses an answer larger than the limit, whether or not it declares its length', async () => {
    const declared: Responder = () => new Response(big, { status: 200, headers: { 'content-length': String(big.length) } });
    for (const responder of [declared, streamed(big)]) {
      const { graph } = setup([responder], { maxBodyBytes: 4096, retry: { maxAttempts: 1 } });
      const list = async () => {
        for await (const _ of graph.listManagedDevices());
      };
      await expect(list()).rejects.toMatchObject({ failure: 'malformed', message: 'Microsoft Graph sent an answer too large to read' });
    }
  });

  it('reads an answer within the limit, and a write whatever its body', async () => {
    const { graph } = setup([streamed(big)], { maxBodyBytes: big.length });
    for await (const page of graph.listManagedDevices()) expect(page.items).toHaveLength(200);
    const { graph: small } = setup([() => new Response('x'.repeat(8192), { status: 200 })], { maxBodyBytes: 4096 });
    await expect(small.resetPasscode('d1', { clientRequestId: 'c1' })).resolves.toMatchObject({ clientRequestId: 'c1' });
  });
});
