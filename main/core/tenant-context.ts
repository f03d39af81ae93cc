import type { AuthService } from '../auth/auth-service';
import { createActionService, type ActionService } from '../actions/action-service';
import { actionHandlers } from '../actions/action-handlers';
import type { PasscodeVault } from '../actions/passcode-vault';
import type { ActionLog } from '../action-log/action-log';
import { startDemoTenant, type DemoTenant } from '../demo-tenant';
import { createDeviceService, type DeviceService } from '../devices/device-service';
import { deviceHandlers } from '../devices/device-handlers';
import { createGraphClient } from '../graph/graph-client';
import { createTenantActionsService } from '../audits/tenant-actions-service';
import { guardRecentActions } from '../audits/recent-action-guard';
import type { Settings } from '../../shared/settings/settings';
import { modeOf } from '../../shared/settings/settings';
import { err } from '../../shared/ipc/result';
import { demoPace, type DemoOptions } from './demo-profile';
import type { EventHub } from './events';
import type { HandlerGroup } from './ipc/handlers';
import type { Logger } from './logger';

export const microsoftGraphUrl = 'https://graph.microsoft.com';

export type TenantChannels =
  | 'loadDevices'
  | 'getDevice'
  | 'requestPasscodeAction'
  | 'listActions'
  | 'revealPasscode'
  | 'getTenantActions'
  | 'getDeviceRecentActions';

export interface TenantContextDeps {
  settings: () => Settings;
  /** The organisation's ticket-reference pattern (policy), checked in main before anything is logged or sent. */
  ticketPattern?: () => string | null;
  events: EventHub;
  logger: Logger;
  log: ActionLog | null;
  vault: PasscodeVault;
  demo: DemoOptions;
  /** Builds the sign-in service for this mode; the demo needs the demo tenant's URL. */
  createAuth(target: { mode: 'demo'; demoTenantUrl: string } | { mode: 'tenant'; settings: Settings }): Promise<AuthService>;
}

/**
 * Everything that belongs to one tenant: who is signed in, the Graph client,
 * the device list and the action service. Demo mode also owns the in-process
 * demo tenant. When the settings point at another tenant, the core closes
 * this context and opens a new one, so nothing leaks from one to the next.
 */
export interface TenantContext {
  mode: 'demo' | 'tenant';
  auth: AuthService;
  devices: DeviceService;
  actions: ActionService | null;
  handlers: HandlerGroup<TenantChannels>;
  close(): Promise<void>;
}

export async function openTenantContext(deps: TenantContextDeps): Promise<TenantContext> {
  const settings = deps.settings();
  const mode = modeOf(settings);
  let demoTenant: DemoTenant | null = null;
  if (mode === 'demo') {
    const pace = demoPace(deps.demo.pace);
    demoTenant = await startDemoTenant({ deviceCount: deps.demo.deviceCount, actionTiming: pace.tenant });
  }
  let auth: AuthService;
  try {
    auth = await (demoTenant ? deps.createAuth({ mode: 'demo', demoTenantUrl: demoTenant.url }) : deps.createAuth({ mode: 'tenant', settings }));
  } catch (cause) {
    // Nothing else owns the demo tenant yet: left open, its server would outlive the failed switch.
    await demoTenant?.close();
    throw cause;
  }
  const graph = createGraphClient({ baseUrl: demoTenant?.url ?? microsoftGraphUrl, tokens: auth, logger: deps.logger });
  const devices = createDeviceService({ graph, events: deps.events, logger: deps.logger });
  const actions = deps.log
    ? createActionService({
        graph,
        log: deps.log,
        events: deps.events,
        logger: deps.logger,
        vault: deps.vault,
        settings: () => ({ ...deps.settings(), ticketPattern: deps.ticketPattern?.() ?? null }),
        technician: () => {
          const account = auth.account();
          return account ? { upn: account.upn, objectId: account.objectId, displayName: account.name } : null;
        },
        tenantId: () => auth.account()?.tenantId ?? '',
        trackerTiming: demoTenant ? demoPace(deps.demo.pace).tracker : undefined,
      })
    : null;

  const audits = createTenantActionsService({
    graph,
    events: deps.events,
    logger: deps.logger,
    ourActions: async () => {
      const listed = await actions?.list();
      return listed?.ok ? listed.value : [];
    },
    pollMs: demoTenant ? 15_000 : 60_000,
  });

  // Without a log there is no evidence, so there is no action: it is refused up front.
  const noLog = () => err('log_error', 'The action log is not open, so no passcode action can be taken. Review logs still works.');
  const handlers: HandlerGroup<TenantChannels> = {
    ...deviceHandlers(devices),
    ...(actions ? guardRecentActions(actionHandlers(actions), audits) : { requestPasscodeAction: noLog, listActions: noLog, revealPasscode: noLog }),
    getTenantActions: ({ refresh }) => audits.list(refresh),
    getDeviceRecentActions: ({ deviceId }) => audits.recentFor(deviceId),
  };

  return {
    mode,
    auth,
    devices,
    actions,
    handlers,
    async close() {
      audits.close();
      devices.close();
      await actions?.close();
      await auth.close();
      await demoTenant?.close();
    },
  };
}
