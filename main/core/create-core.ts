import path from 'node:path';
import type { SecretStore } from '../platform/secret-store';
import type { PlatformServices } from '../platform/platform-services';
import { openSettingsStore } from '../settings/settings-store';
import { createEventHub, type EventHub } from './events';
import { appHandlers } from './handlers/app-handlers';
import { notYetWired } from './handlers/not-yet-wired';
import { logHandlers } from './handlers/log-handlers';
import { createActionLog } from '../action-log/action-log';
import { createReviewService } from '../review/review-service';
import { formatFingerprint } from '../../shared/log/key-fingerprint';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import type { Handlers } from './ipc/handlers';
import type { Logger } from './logger';

export interface CoreOptions {
  userDataDir: string;
  appName: string;
  appVersion: string;
  host: 'electron' | 'browser-host';
  locale: string;
  secretStore: SecretStore;
  platform: PlatformServices;
  logger: Logger;
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
  const events = createEventHub();
  const settings = await openSettingsStore(options.userDataDir);
  if (settings.loadProblem) options.logger.warn(settings.loadProblem);
  const logFolder = path.join(options.userDataDir, 'action-log');

  // The log opens once per app run, whatever the tenant. If it cannot (another
  // instance holds it), review still works and actions are refused.
  const opened = await createActionLog({ folder: logFolder, secretStore: options.secretStore, appVersion: options.appVersion });
  const log = opened.ok ? opened.value : null;
  const logProblem = opened.ok ? null : opened.error;
  if (logProblem) options.logger.warn(`Action log not available: ${logProblem.message}`);
  const review = createReviewService({ platform: options.platform, ownLogFolder: logFolder });

  const handlers: Handlers = {
    ...appHandlers({
      settings,
      events,
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
    ...notYetWired([
      'getSession', 'signIn', 'cancelSignIn', 'signOut', 'loadDevices', 'getDevice', 'requestPasscodeAction', 'listActions',
      'revealPasscode', 'getTenantActions', 'getDeviceRecentActions',
    ]),
  };

  return {
    dispatch: createDispatch(handlers, options.logger),
    events,
    close: async () => {
      await log?.close();
    },
  };
}
