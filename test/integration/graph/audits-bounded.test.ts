import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/base/logger';
import { createManualClock, startDemoTenant, type DemoTenant } from '../../../main/demo-tenant';
import { createGraphClient, type GraphClient } from '../../../main/graph/graph-client';
import { demoTokenProvider } from '../../support/demo-token-provider';

/** remoteActionAudits as real tenants serve it: an undocumented filter that may be refused, and many pages. */
let tenant: DemoTenant;
let graph: GraphClient;

beforeEach(async () => {
  tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 60, clock: createManualClock(Date.now()) });
  graph = createGraphClient({ baseUrl: tenant.url, tokens: demoTokenProvider(tenant.control), logger: silentLogger, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
});
afterEach(async () => {
  expect(tenant.control.internalErrors()).toEqual([]);
  await tenant.close();
});

async function collect(pages: AsyncIterable<{ items: unknown[] }>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const page of pages) items.push(...page.items);
  return items;
}

describe('remoteActionAudits', () => {
  it('a 400 on the filter is retried without it, not taken for "no permission"', async () => {
    const filtered = await collect(graph.listRemoteActionAudits({ maxPages: 100 }));
    tenant.control.audits.rejectFilter(true);
    const before = tenant.control.counters.requests('audits');
    const unfiltered = (await collect(graph.listRemoteActionAudits({ maxPages: 100 }))) as Array<{ action: string }>;
    // The refused filtered call, then the unfiltered pages: other actions arrive too, the caller filters them out.
    expect(tenant.control.counters.requests('audits')).toBeGreaterThan(before + 1);
    expect(unfiltered.length).toBeGreaterThan(filtered.length);
    expect(unfiltered.filter((a) => a.action === 'resetPasscode')).toHaveLength(filtered.length);
  });

  it('one call reads a bounded window of pages', async () => {
    const before = tenant.control.counters.requests('audits');
    const pages: number[] = [];
    for await (const page of graph.listRemoteActionAudits({ maxPages: 2 })) pages.push(page.items.length);
    expect(pages).toHaveLength(2);
    expect(tenant.control.counters.requests('audits')).toBe(before + 2);
  });
});
