import type { AuthService } from '../auth/auth-service';
import { createActionService, type ActionService } from '../actions/action-service';
import { actionHandlers } from '../actions/action-handlers';
import type { PasscodeVault } from '../actions/passcode-vault';
import type { ActionLog } from '../action-log/action-log';
import { createDeviceService, type DeviceService } from '../devices/device-service';
import { deviceHandlers } from '../devices/device-handlers';
import type { DeviceListCache } from '../devices/device-list-cache';
import { createGraphClient, type GraphClient } from '../graph/graph-client';
import { createTenantActionsService } from '../audits/tenant-actions-service';
import { auditHandlers } from '../audits/audit-handlers';
import { sessionHandlers } from '../auth/session-handlers';
import type { Settings } from '../../shared/settings/settings';
import type { EventHub } from '../base/events';
import { refuseGroup, type ChannelsOf, type HandlerGroup } from '../base/ipc/handlers';
import type { Logger } from '../base/logger';
import type { OpenBackend } from './tenant-backend';
import { errSaid } from '../base/said-error';

/** The domains whose services belong to one tenant: their channels follow the tenant switch. */
export const tenantGroups = [sessionHandlers, deviceHandlers, actionHandlers, auditHandlers] as const;
export type TenantChannel = ChannelsOf<(typeof tenantGroups)[number]>;

export interface TenantContextDeps {
  settings: () => Settings;
  /** The organisation's ticket-reference pattern (policy), checked in main before anything is logged or sent. */
  ticketPattern?: () => string | null;
  events: EventHub;
  logger: Logger;
  log: ActionLog | null;
  vault: PasscodeVault;
  /** Microsoft's cloud or the demo tenant, whichever the settings point at. */
  openBackend: OpenBackend;
  /** Each tenant's last device list, encrypted, for a warm start (absent: every start loads cold). */
  deviceCache?: DeviceListCache;
}

/**
 * Everything that belongs to one tenant: who is signed in, the Graph client,
 * the device list and the action service, over one backend (Microsoft's
 * cloud or the demo tenant), which it owns and closes. When the settings
 * point at another tenant, the core closes this context and opens a new one,
 * so nothing leaks from one to the next.
 */
export interface TenantContext {
  mode: 'demo' | 'tenant';
  /** The demo tenant's number of devices; null for a real tenant. */
  demoDevices: number | null;
  auth: AuthService;
  /** Graph for the signed-in technician (the review's check against Intune reads audits with it). */
  graph: GraphClient;
  devices: DeviceService;
  actions: ActionService | null;
  handlers: HandlerGroup<TenantChannel>;
  close(): Promise<void>;
}

export async function openTenantContext(deps: TenantContextDeps): Promise<TenantContext> {
  const backend = await deps.openBackend(deps.settings());
  let auth: AuthService;
  try {
    auth = await backend.createAuth(deps.events);
  } catch (cause) {
    // Nothing else owns the backend yet: left open, a demo tenant's server would outlive the failed switch.
    await backend.close();
    throw cause;
  }
  const graph = createGraphClient({ baseUrl: backend.graphUrl, tokens: auth, logger: deps.logger });
  const deviceCache = deps.deviceCache;
  const devices = createDeviceService({
    graph,
    events: deps.events,
    logger: deps.logger,
    ...(backend.reportPollMs !== undefined && { reportPollMs: backend.reportPollMs }),
    ...(deviceCache ? { saved: { cache: deviceCache, tenantId: () => auth.account()?.tenantId ?? null } } : {}),
  });
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
        trackerTiming: backend.trackerTiming,
        // Kept in main for this tenant and account until sign-out, so a reloaded window knows it (docs/ui.md).
        accountRefused: ({ technician, tenantId, ...refusal }) => auth.rememberRefusal(refusal, { objectId: technician.objectId, tenantId }),
      })
    : null;

  const audits = createTenantActionsService({
    graph,
    events: deps.events,
    logger: deps.logger,
    ourActions: async () => {
      const listed = await actions?.list();
      // Graph audits passcode resets only; a sync device has no audit to merge with.
      return listed?.ok ? listed.value.filter((action) => action.action === 'resetPasscode') : [];
    },
    pollMs: backend.auditPollMs,
  });

  // Without a log there is no evidence, so there is no action: it is refused up front.
  const noLog = () => errSaid('log_error', { code: 'logNotOpen', params: {} });
  const handlers: HandlerGroup<TenantChannel> = {
    ...sessionHandlers.bind(auth),
    ...deviceHandlers.bind(devices),
    ...(actions ? actionHandlers.bind({ actions, recent: audits }) : refuseGroup(actionHandlers, noLog)),
    ...auditHandlers.bind(audits),
  };

  return {
    mode: backend.mode,
    demoDevices: backend.demoDevices ?? null,
    auth,
    graph,
    devices,
    actions,
    handlers,
    async close() {
      audits.close();
      devices.close();
      // A list being saved, or a sign-out's delete, finishes before the app quits.
      await deviceCache?.flush();
      await actions?.close();
      await auth.close();
      await backend.close();
    },
  };
}
