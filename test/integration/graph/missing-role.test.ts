import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../main/base/logger';
import { createManualClock, DEMO_TECHNICIANS, startDemoTenant, type DemoTenant } from '../../../main/demo-tenant';
import { NO_RESET_ROLE_UPN } from '../../../main/demo-tenant/demo-identity';
import { graphAppError } from '../../../main/graph/graph-app-error';
import { createGraphClient, type GraphClient } from '../../../main/graph/graph-client';
import { GraphError } from '../../../main/graph/graph-error';
import { demoTokenProvider, type DemoTokenProvider } from '../../support/demo-token-provider';

/**
 * A technician whose Intune role lacks Remote tasks > Reset passcode, over
 * HTTP through the real Graph client, in each shape real tenants answer with
 * (docs/intune-facts.md, "Errors"): 401 or 403, JSON nested once or twice.
 */
let tenant: DemoTenant;
let tokens: DemoTokenProvider;
let graph: GraphClient;
const noRole = DEMO_TECHNICIANS.find((t) => t.upn === NO_RESET_ROLE_UPN)!;

beforeEach(async () => {
  tenant = await startDemoTenant({ deviceCount: 100, clock: createManualClock(Date.now()) });
  tokens = demoTokenProvider(tenant.control, noRole);
  graph = createGraphClient({ baseUrl: tenant.url, tokens, logger: silentLogger, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
});
afterEach(async () => {
  expect(tenant.control.internalErrors()).toEqual([]);
  await tenant.close();
});

async function refusedReset(): Promise<GraphError> {
  const id = tenant.control.deviceId('DEMO-IOS-17');
  const error = await graph.resetPasscode(id, { clientRequestId: 'action-1' }).catch((e: unknown) => e);
  if (!(error instanceof GraphError)) throw new Error(`expected a GraphError, got ${String(error)}`);
  return error;
}

describe('a technician without the Intune role for Reset passcode', () => {
  it.each([
    [401, 2],
    [401, 1],
    [403, 1],
    [403, 2],
  ] as const)('%i with JSON nested %i deep: "this account may not do this", naming what is missing', async (status, nesting) => {
    tenant.control.rbac.setRefusal({ status, nesting });
    const error = await refusedReset();
    expect(error).toMatchObject({ status, innerCode: 'Forbidden' });
    expect(error.message).toBe('An error has occurred');
    expect(error.outcome).not.toBe('unknown');
    // Support needs both ids: Graph's request id and Intune's activity id (here the same value, as the demo writes it).
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.activityId).toBe(error.requestId);

    const appError = graphAppError(error, 'reset');
    expect(appError.code).toBe('not_permitted');
    expect(appError.detail).toMatchObject({ missing: ['intune-role-reset', 'intune-licence', 'scope-privileged'], intuneCode: 'Forbidden', activityId: error.activityId });
    expect(appError.message).toMatch(/Remote tasks > Reset passcode/);
    expect(appError.message).toMatch(/Intune licence/);
    expect(appError.message).toMatch(/PrivilegedOperations\.All/);
    // Nothing was queued: a refused account changes no device.
    expect(tenant.control.counters.resetPasscodePosts(tenant.control.deviceId('DEMO-IOS-17'))).toBe(status === 401 ? 2 : 1);
  });

  it('renews the token at most once on a 401, then stops: no sign-in loop', async () => {
    tenant.control.rbac.setRefusal({ status: 401, nesting: 2 });
    await refusedReset();
    expect(tokens.forcedRefreshes).toBe(1);
    await refusedReset();
    expect(tokens.forcedRefreshes).toBe(2); // one per call, never a second in the same call
  });

  it('can still read devices: the role allows reading, only the reset is refused', async () => {
    const device = await graph.getManagedDevice(tenant.control.deviceId('DEMO-IOS-17'));
    expect(device).toMatchObject({ deviceName: 'DEMO-IOS-17' });
  });

  it('a plain expired token still means "sign in again", not "may not"', async () => {
    const helpDesk = createGraphClient({
      baseUrl: tenant.url,
      tokens: { getAccessToken: async () => 'demo.not-a-token' },
      logger: silentLogger,
    });
    const error = await helpDesk.getManagedDevice(tenant.control.deviceId('DEMO-IOS-17')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, innerCode: null });
    expect(graphAppError(error, 'device').code).toBe('not_signed_in');
  });
});
