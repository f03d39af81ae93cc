import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionStore } from './actions/action-store';
import { checkTiming, type ActionTiming } from './actions/new-action';
import { seedOtherActions } from './actions/seed-other-actions';
import { createControl, type DemoTenantControl } from './control';
import { FleetStore } from './fleet/fleet-store';
import { generateFleet } from './fleet/generate-fleet';
import { PageTokens } from './graph/odata-query';
import { requestHandler } from './serve-request';
import type { DemoClock, TenantState } from './tenant-state';
import { Counters } from './traffic/counters';
import { Faults } from './traffic/faults';
import { Throttle } from './traffic/throttle';
import { defaultExportJobSettings } from './reports/export-jobs';
import { TokenStore } from './traffic/token-store';

export interface DemoTenantOptions {
  /** Devices in the fleet, the fixed rule devices included; default 2,500, at most 500,000. */
  readonly deviceCount?: number;
  /** Fleet seed: the same seed gives the same devices. Default 1. */
  readonly seed?: number;
  /** Default 0: a free port. The tenant binds 127.0.0.1 only. */
  readonly port?: number;
  /** Default: the system clock. Tests pass one they move by hand. */
  readonly clock?: DemoClock;
  /** How long an accepted reset takes to go active and to end. Default 20 s and 60 s; 0 and 0 is instant. */
  readonly actionTiming?: ActionTiming;
  /** Remote actions other technicians took before start (audits, pending resets). Default 12; 0 for none. */
  readonly otherUsersActions?: number;
}

export interface DemoTenant {
  /** Origin to use as the Graph base URL: `${url}/v1.0/...`, `${url}/beta/...`. */
  readonly url: string;
  readonly control: DemoTenantControl;
  close(): Promise<void>;
}

export const DEMO_ACTION_TIMING: ActionTiming = { toActiveMs: 20_000, toDoneMs: 60_000 };

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startDemoTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  const clock = options.clock ?? { now: () => Date.now() };
  const seed = options.seed ?? 1;
  const now = clock.now();
  const fleet = new FleetStore(generateFleet({ count: options.deviceCount ?? 2500, seed, now }));
  const actions = new ActionStore();
  seedOtherActions(fleet, actions, { count: options.otherUsersActions ?? 12, seed, now });

  const state: TenantState = {
    baseUrl: '',
    clock,
    fleet,
    actions,
    tokens: new TokenStore(() => clock.now()),
    throttle: new Throttle(),
    faults: new Faults(seed),
    counters: new Counters(),
    pageTokens: new PageTokens(),
    actionTiming: checkTiming(options.actionTiming ?? DEMO_ACTION_TIMING),
    auditsForbidden: false,
    auditsRejectFilter: false,
    exportJobs: new Map(),
    exportJobSettings: { ...defaultExportJobSettings },
    complianceForbidden: false,
    // The shape most often reported: a 401 with JSON inside JSON.
    rbacRefusal: { status: 401, nesting: 2 },
    internalErrors: [],
  };
  const shutdown = new AbortController();
  // Every request a delay or hang fault holds listens for shutdown (and stops listening when answered):
  // many at once is a busy tenant, not a leak.
  setMaxListeners(0, shutdown.signal);
  const server = createServer(requestHandler(state, shutdown.signal));
  const port = await listen(server, options.port ?? 0);
  state.baseUrl = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: state.baseUrl,
    control: createControl(state),
    close() {
      closing ??= new Promise<void>((resolve) => {
        shutdown.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
