import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/base/logger';
import { createManualClock, startDemoTenant, type DemoTenant } from '../../../main/demo-tenant';
import { createGraphClient, type GraphClient } from '../../../main/graph/graph-client';
import { GraphError } from '../../../main/graph/graph-error';
import { demoTokenProvider } from '../../support/demo-token-provider';

/** The Graph client's calls against the demo tenant over real HTTP. */
let tenant: DemoTenant;
let graph: GraphClient;

beforeEach(async () => {
  tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 12, clock: createManualClock(Date.now()) });
  graph = createGraphClient({ baseUrl: tenant.url, tokens: demoTokenProvider(tenant.control), logger: silentLogger, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
});
afterEach(() => tenant.close());

async function collect(pages: AsyncIterable<{ items: unknown[] }>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const page of pages) items.push(...page.items);
  return items;
}

describe('Graph client against the demo tenant', () => {
  it('reads resetPasscode audits, other actions filtered out', async () => {
    const audits = (await collect(graph.listRemoteActionAudits())) as Array<{ action: string }>;
    expect(audits.length).toBeGreaterThan(0);
    expect(audits.every((a) => a.action === 'resetPasscode')).toBe(true);
  });

  it('reports a refused audit endpoint as a 403 with its request id', async () => {
    tenant.control.audits.setForbidden(true);
    const error = await collect(graph.listRemoteActionAudits()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 403, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it("reads a device's action results from the single-device GET", async () => {
    const id = tenant.control.deviceId('DEMO-IOS-OTHER-PENDING');
    const { results } = await graph.getDeviceActionResults(id);
    expect(results).toContainEqual(expect.objectContaining({ actionName: 'resetPasscode', actionState: 'pending' }));
  });

  it('keeps request-id, client-request-id and date of a failed call, and a readable message', async () => {
    const error = await graph.getManagedDevice('00000000-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'ResourceNotFound', requestId: expect.any(String), clientRequestId: expect.any(String), date: expect.any(String) });
    // Intune's JSON-inside-message form, reduced to its sentence.
    expect((error as GraphError).message).toBe("The managed device '00000000-0000-4000-8000-000000000000' was not found.");
  });

  it('retries a garbled page and a 504 on a read', async () => {
    tenant.control.faults.next({ route: 'list', kind: 'malformed' });
    tenant.control.faults.next({ route: 'list', kind: '504' });
    const devices = await collect(graph.listManagedDevices());
    expect(devices).toHaveLength(300);
  });

  it('echoes the action id as client-request-id on the POST', async () => {
    const id = tenant.control.deviceId('DEMO-IOS-17');
    const accepted = await graph.resetPasscode(id, { clientRequestId: 'action-42' });
    expect(accepted).toMatchObject({ clientRequestId: 'action-42', requestId: expect.any(String) });
    expect(tenant.control.counters.resetPasscodePosts(id)).toBe(1);
  });
});
