import path from 'node:path';
import { createCore, type CoreOptions } from '../../main/core/create-core';
import { silentLogger } from '../../main/core/logger';
import { createDevPlatform } from '../../main/browser-host/dev-platform';
import { createProcessSecretStore } from '../../main/platform/test-secret-store';

/** The real core on a temporary user-data folder, with honest stand-ins for the desktop. */
export function createTestCore(userDataDir: string, overrides: Partial<CoreOptions> = {}) {
  return createCore({
    userDataDir,
    appName: 'Passcode Desk',
    appVersion: '0.0.0-test',
    host: 'browser-host',
    locale: 'en-US',
    secretStore: createProcessSecretStore(),
    platform: createDevPlatform({ logFolder: path.join(userDataDir, 'action-log'), exportDir: path.join(userDataDir, 'exports') }),
    logger: silentLogger,
    ...overrides,
  });
}
