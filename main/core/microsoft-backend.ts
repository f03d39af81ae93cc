import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Settings } from '../../shared/settings/settings';
import { createAuthService } from '../auth/create-auth-service';
import type { MsalAuthOptions } from '../auth/msal-auth-service';
import { fetchSignInClient } from '../auth/sign-in-network';
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
  /** MSAL's HTTP client; fetch to Microsoft's sign-in service when not given (end-to-end tests point it at a closed port). */
  signInClient?: MsalAuthOptions['networkClient'];
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
        networkClient: deps.signInClient,
      }),
    close: () => Promise.resolve(),
  };
}

/** For end-to-end tests (the browser host's --sign-in-unreachable): MSAL's HTTP client sent to a loopback port that was free a moment ago and is closed now: every request is refused at once. */
export async function unreachableSignIn(): Promise<NonNullable<MicrosoftBackendDeps['signInClient']>> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return fetchSignInClient((url) => {
    const closed = new URL(url);
    return `http://127.0.0.1:${port}${closed.pathname}${closed.search}`;
  });
}
