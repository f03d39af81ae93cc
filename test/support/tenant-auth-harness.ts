import path from 'node:path';
import { afterEach } from 'vitest';
import type { AuthService } from '../../main/auth/auth-service';
import { createAuthService } from '../../main/auth/create-auth-service';
import { createEventHub, type EventHub } from '../../main/base/events';
import { createManualClock, DEMO_TECHNICIANS, DEMO_TENANT_ID, startDemoTenant, type DemoTenant } from '../../main/demo-tenant';
import type { SecretStore } from '../../main/platform/secret-store';
import { createProcessSecretStore } from './process-secret-store';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { demoLoginNetwork, type DemoLoginNetwork } from './demo-login-network';
import { followingBrowser, type FakeSystemBrowser } from './fake-system-browser';
import { useTempDirs } from './temp-dir';

/**
 * Tenant-mode sign-in (the real MSAL code) against a running demo tenant:
 * MSAL's network client and the "system browser" both map
 * https://login.microsoftonline.com onto the tenant. Every event the service
 * emits is recorded, so tests can assert on them (and grep them for tokens).
 */
export const TEST_CLIENT_ID = '1b2c3d4e-0000-4000-8000-00000000abcd';

export interface RecordedEvent {
  readonly event: EventName;
  readonly payload: EventPayload<EventName>;
}

export interface TenantAuthHarness {
  readonly tenant: DemoTenant;
  readonly events: EventHub;
  readonly recorded: RecordedEvent[];
  readonly network: DemoLoginNetwork;
  readonly browser: FakeSystemBrowser;
  readonly secretStore: SecretStore;
  readonly dir: string;
  readonly cacheFile: string;
  /** A service on the harness's cache file; later calls make a second instance, as an app restart would. */
  open(overrides?: { secretStore?: SecretStore; browser?: FakeSystemBrowser; tenant?: string | null; clientId?: string | null }): Promise<AuthService>;
  /** Approves every device code the service issues, as the technician would on another device. */
  approveDeviceCodes(upn?: string): void;
  graphStatus(token: string): Promise<number>;
}

export function useTenantAuth(): () => Promise<TenantAuthHarness> {
  const tempDir = useTempDirs();
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async () => {
    const tenant = await startDemoTenant({ deviceCount: 300, otherUsersActions: 0, clock: createManualClock() });
    cleanups.push(() => tenant.close());
    const events = createEventHub();
    const recorded: RecordedEvent[] = [];
    events.listen((event, payload) => recorded.push({ event, payload }));
    const dir = tempDir();
    const cacheFile = path.join(dir, 'sign-in-cache.bin');
    const network = demoLoginNetwork(tenant.url);
    const browser = followingBrowser(tenant.url);
    const secretStore = createProcessSecretStore();

    return {
      tenant,
      events,
      recorded,
      network,
      browser,
      secretStore,
      dir,
      cacheFile,
      async open(overrides = {}) {
        const chosen = overrides.browser ?? browser;
        const auth = await createAuthService({
          mode: 'tenant',
          tenant: overrides.tenant === undefined ? DEMO_TENANT_ID : overrides.tenant,
          clientId: overrides.clientId === undefined ? TEST_CLIENT_ID : overrides.clientId,
          cacheFile,
          secretStore: overrides.secretStore ?? secretStore,
          openBrowser: (url) => chosen.open(url),
          events,
          networkClient: network,
        });
        cleanups.push(() => auth.close());
        return auth;
      },
      approveDeviceCodes(upn = DEMO_TECHNICIANS[0]!.upn) {
        events.listen((event, payload) => {
          if (event !== 'deviceCodeIssued') return;
          const { userCode } = payload as EventPayload<'deviceCodeIssued'>;
          void fetch(`${tenant.url}/demo/devicelogin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userCode, upn }) });
        });
      },
      async graphStatus(token) {
        const response = await fetch(`${tenant.url}/beta/deviceManagement/managedDevices?$top=1`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        return response.status;
      },
    };
  };
}
