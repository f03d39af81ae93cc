import path from 'node:path';
import type { Settings } from '../../shared/settings/settings';
import { createAuthService } from '../auth/create-auth-service';
import type { Clock } from '../base/clock';
import type { Logger } from '../base/logger';
import type { PlatformServices } from '../platform/platform-services';
import type { SecretStore } from '../platform/secret-store';
import type { TenantBackend } from './tenant-backend';

export const microsoftGraphUrl = 'https://graph.microsoft.com';

export interface MicrosoftBackendDeps {
  userDataDir: string;
  secretStore: SecretStore;
  platform: PlatformServices;
  logger: Logger;
  /** The sign-in's time limit runs on it; the system clock when not given. */
  clock?: Clock;
}

/** The technician's own tenant in Microsoft's cloud: MSAL sign-in, graph.microsoft.com. */
export function microsoftBackend(settings: Settings, deps: MicrosoftBackendDeps): TenantBackend {
  return {
    mode: 'tenant',
    graphUrl: microsoftGraphUrl,
    auditPollMs: 60_000,
    createAuth: (events) =>
      createAuthService({
        mode: 'tenant',
        events,
        tenant: settings.tenant,
        clientId: settings.clientId,
        cacheFile: path.join(deps.userDataDir, 'sign-in-cache.bin'),
        secretStore: deps.secretStore,
        // The platform parses the URL and opens https only (electron-platform.ts).
        openBrowser: (url) => deps.platform.openExternal(url), /* eng-disable OPEN_EXTERNAL_JS_CHECK */
        logger: deps.logger,
        clock: deps.clock,
      }),
    close: () => Promise.resolve(),
  };
}
