import path from 'node:path';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import { modeOf, type Settings } from '../../shared/settings/settings';
import { settingsResetLogLine } from '../../shared/settings/settings-reset';
import { createActionLog } from '../action-log/action-log';
import { createPasscodeVault } from '../actions/passcode-vault';
import type { PlatformServices } from '../platform/platform-services';
import type { SecretStore } from '../platform/secret-store';
import { createDeviceListCache } from '../devices/device-list-cache';
import { createCacheStore } from '../action-log/review-cache/cache-store';
import { createReviewCache } from '../action-log/review-cache/review-cache';
import { createForwardingService } from '../forwarding/forwarding-service';
import { forwardingHandlers } from '../forwarding/forwarding-handlers';
import { systemClock, type Clock } from '../base/clock';
import { enforcePolicy, policyDefaults } from '../policy/apply-policy';
import { policyLogLine, policyState } from '../policy/policy-values';
import { readPolicy, type PolicySources } from '../policy/read-policy';
import { createSettingsGuard } from '../policy/settings-guard';
import { createReviewService } from '../review/review-service';
import { openSettingsStore } from '../settings/settings-store';
import { createEventHub, type EventHub } from '../base/events';
import { appHandlers } from '../settings/app-handlers';
import { logHandlers } from '../review/log-handlers';
import { createDispatch, type Dispatch } from '../base/ipc/dispatch';
import type { Handlers } from '../base/ipc/handlers';
import type { Logger } from '../base/logger';
import { microsoftBackend, type MicrosoftBackendDeps } from './microsoft-backend';
import type { TenantBackend } from './tenant-backend';
import { createTenantSwitch } from './tenant-switch';
import type { TenantContext } from './tenant-context';
import { readPasscodeAuditsResult } from '../audits/read-audits';
import { errSaid } from '../base/said-error';

export interface CoreOptions {
  userDataDir: string;
  appName: string;
  appVersion: string;
  host: 'electron' | 'browser-host';
  locale: string;
  secretStore: SecretStore;
  platform: PlatformServices;
  logger: Logger;
  /**
   * Opens the backend used while no tenant is configured: the doors hand in
   * the built-in demo tenant (main/demo-backend/), so the core never loads it.
   */
  demoBackend(): Promise<TenantBackend>;
  /** Where the organisation's policy is read; the platform's usual place unless a test or the host names a file. */
  policy?: Partial<PolicySources>;
  /** Time for forwarding's back-off and time limits; the system clock unless a test drives it. */
  clock?: Clock;
  /** MSAL's HTTP client for a configured tenant (microsoft-backend.ts); only the browser host's tests set it. */
  signInClient?: MicrosoftBackendDeps['signInClient'];
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  close(): Promise<void>;
}

/**
 * The main-process core, without Electron: services and their handlers. Both
 * doors (Electron IPC and the browser host) open onto the object this returns.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { logger } = options;
  const events = createEventHub();
  // The organisation's policy is read once, before anything it may lock is used.
  const policy = await readPolicy({ platform: process.platform, ...options.policy });
  const policyView = policyState(policy);
  const policyProblems = policyLogLine(policyView);
  if (policyProblems) logger.warn(policyProblems);
  const settings = await openSettingsStore(options.userDataDir, { defaults: policyDefaults(policy), enforce: (s) => enforcePolicy(s, policy) });
  if (settings.loadProblem) logger.warn(settingsResetLogLine(settings.loadProblem));
  const logFolder = path.join(options.userDataDir, 'action-log');

  // Generated passcodes live in this vault only; the log refuses an entry whose Graph-result fields contain one.
  const vault = createPasscodeVault();
  // The log opens once per app run, whatever the tenant. If it cannot (another
  // instance holds it), review still works and actions are refused.
  const opened = await createActionLog({ folder: logFolder, secretStore: options.secretStore, appVersion: options.appVersion, isResultSecret: (text) => vault.isSecret(text) });
  const log = opened.ok ? opened.value : null;
  const logProblem = opened.ok ? null : opened.error;
  if (logProblem) logger.warn(`Action log not available: ${logProblem.message}`);
  // Created before the tenant switch; reads audits through whichever tenant is current when asked.
  let currentTenant: () => TenantContext | null = () => null;
  const review = createReviewService({
    platform: options.platform,
    ownLogFolder: logFolder,
    readOwnLog: log ? () => log.readOwnEntries() : null,
    cache: createReviewCache({
      store: createCacheStore({ folder: path.join(options.userDataDir, 'review-cache'), secrets: options.secretStore, logger, now: () => new Date((options.clock ?? systemClock).now()) }),
      appVersion: options.appVersion,
      logger,
    }),
    readAudits: async (since) => {
      const context = currentTenant();
      if (!context || context.auth.getSession().status !== 'signedIn') {
        return errSaid('not_signed_in', { code: 'signInToCheckIntune', params: {} });
      }
      return readPasscodeAuditsResult(context.graph, since);
    },
  });
  // Each synced entry also goes to the organisation's collector; the log never waits for it.
  const forwarding = createForwardingService({
    log,
    collector: policy.collector ?? null,
    settings: () => settings.get(),
    clock: options.clock ?? systemClock,
    logger,
    onStatus: (status) => events.emit('forwardingStatus', status),
  });

  const tenant = await createTenantSwitch({
    settings: () => settings.get(),
    ticketPattern: () => policy.ticketPattern ?? null,
    events,
    logger,
    log,
    vault,
    deviceCache: createDeviceListCache({ folder: path.join(options.userDataDir, 'device-cache'), secrets: options.secretStore, logger }),
    openBackend: async (wanted) => (modeOf(wanted) === 'demo' ? options.demoBackend() : microsoftBackend(wanted, options)),
  });
  currentTenant = tenant.current;
  const stopFollowingSettings = events.listen((event, payload) => {
    if (event === 'settingsChanged') {
      void tenant.follow(payload as Settings);
      void forwarding.follow(payload as Settings);
    }
  });

  const handlers: Handlers = {
    ...forwardingHandlers.bind({ forwarding, policy: policyView }),
    ...appHandlers.bind({
      settings,
      events,
      checkChange: createSettingsGuard({
        policy,
        record: log && ((change) => log.appendSetting(change)),
        technician: () => {
          const account = tenant.current()?.auth.account();
          return account ? { upn: account.upn, objectId: account.objectId, displayName: account.name } : null;
        },
      }),
      describeApp: () => ({
        name: options.appName,
        version: options.appVersion,
        host: options.host,
        locale: options.locale,
        logFolder,
        signingKeyFingerprint: log ? formatFingerprint(log.fingerprint) : null,
        demoDevices: tenant.current()?.demoDevices ?? null,
        secretsInMemoryOnly: !options.secretStore.isEncryptionAvailable(),
        settingsReset: settings.loadProblem,
      }),
    }),
    ...logHandlers.bind({ log, logProblem, folder: logFolder, review }),
    ...tenant.handlers(),
  };

  return {
    dispatch: createDispatch(handlers, logger),
    events,
    close: async () => {
      stopFollowingSettings();
      await tenant.close();
      await forwarding.close();
      await log?.close();
    },
  };
}
