import path from 'node:path';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import type { Settings } from '../../shared/settings/settings';
import { createActionLog } from '../action-log/action-log';
import { createPasscodeVault } from '../actions/passcode-vault';
import { createAuthService } from '../auth/create-auth-service';
import type { PlatformServices } from '../platform/platform-services';
import type { SecretStore } from '../platform/secret-store';
import { createForwardingService } from '../forwarding/forwarding-service';
import { systemClock, type Clock } from '../graph/clock';
import { enforcePolicy, policyDefaults } from '../policy/apply-policy';
import { policyState } from '../policy/policy-values';
import { readPolicy, type PolicySources } from '../policy/read-policy';
import { createReviewService } from '../review/review-service';
import { openSettingsStore } from '../settings/settings-store';
import type { DemoOptions } from './demo-profile';
import { createEventHub, type EventHub } from './events';
import { appHandlers } from './handlers/app-handlers';
import { forwardingHandlers } from './handlers/forwarding-handlers';
import { logHandlers } from './handlers/log-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import type { Handlers } from './ipc/handlers';
import type { Logger } from './logger';
import { createTenantSwitch } from './tenant-switch';

export interface CoreOptions {
  userDataDir: string;
  appName: string;
  appVersion: string;
  host: 'electron' | 'browser-host';
  locale: string;
  secretStore: SecretStore;
  platform: PlatformServices;
  logger: Logger;
  /** Size and pace of the built-in demo tenant (defaults suit a person trying the app). */
  demo?: DemoOptions;
  /** Where the organisation's policy is read; the platform's usual place unless a test or the host names a file. */
  policy?: Partial<PolicySources>;
  /** Time for forwarding's back-off and time limits; the system clock unless a test drives it. */
  clock?: Clock;
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
  if (policyView.notice) logger.warn(policyView.notice);
  const settings = await openSettingsStore(options.userDataDir, { defaults: policyDefaults(policy), enforce: (s) => enforcePolicy(s, policy) });
  if (settings.loadProblem) logger.warn(settings.loadProblem);
  const logFolder = path.join(options.userDataDir, 'action-log');

  // Generated passcodes live in this vault only; the log refuses any entry that contains one.
  const vault = createPasscodeVault();
  // The log opens once per app run, whatever the tenant. If it cannot (another
  // instance holds it), review still works and actions are refused.
  const opened = await createActionLog({ folder: logFolder, secretStore: options.secretStore, appVersion: options.appVersion, isSecret: (text) => vault.isSecret(text) });
  const log = opened.ok ? opened.value : null;
  const logProblem = opened.ok ? null : opened.error;
  if (logProblem) logger.warn(`Action log not available: ${logProblem.message}`);
  const review = createReviewService({ platform: options.platform, ownLogFolder: logFolder });
  // Each synced entry also goes to the organisation's collector; the log never waits for it.
  const forwarding = createForwardingService({
    log,
    policy,
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
    demo: options.demo ?? {},
    createAuth: (target) =>
      target.mode === 'demo'
        ? createAuthService({ mode: 'demo', events, demoTenantUrl: target.demoTenantUrl })
        : createAuthService({
            mode: 'tenant',
            events,
            tenant: target.settings.tenant,
            clientId: target.settings.clientId,
            cacheFile: path.join(options.userDataDir, 'sign-in-cache.bin'),
            secretStore: options.secretStore,
            // The platform parses the URL and opens https only (electron-platform.ts).
            openBrowser: (url) => options.platform.openExternal(url), /* eng-disable OPEN_EXTERNAL_JS_CHECK */
            logger,
          }),
  });
  const stopFollowingSettings = events.listen((event, payload) => {
    if (event === 'settingsChanged') {
      void tenant.follow(payload as Settings);
      void forwarding.follow(payload as Settings);
    }
  });

  const handlers: Handlers = {
    ...forwardingHandlers({ forwarding, policy: policyView }),
    ...appHandlers({
      settings,
      events,
      policy,
      log,
      technician: () => {
        const account = tenant.current()?.auth.account();
        return account ? { upn: account.upn, objectId: account.objectId, displayName: account.name } : null;
      },
      describeApp: () => ({
        name: options.appName,
        version: options.appVersion,
        host: options.host,
        locale: options.locale,
        logFolder,
        signingKeyFingerprint: log ? formatFingerprint(log.fingerprint) : null,
        secretStorageWarning: options.secretStore.isEncryptionAvailable()
          ? null
          : 'This computer offers no encryption for stored secrets: sign-in tokens are kept in memory only and you will sign in again at each start.',
      }),
    }),
    ...logHandlers({ log, logProblem, folder: logFolder, review }),
    ...tenant.delegate(sessionHandlers, ['getSession', 'signIn', 'cancelSignIn', 'signOut']),
    ...tenant.delegateTenant([
      'loadDevices', 'getDevice', 'requestPasscodeAction', 'listActions', 'revealPasscode', 'getTenantActions', 'getDeviceRecentActions',
    ]),
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
