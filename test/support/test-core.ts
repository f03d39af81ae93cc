import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../main/core/create-core';
import type { ChannelName, ChannelRequestInput, ChannelResponse } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { silentLogger } from '../../main/base/logger';
import { createDevPlatform } from '../../main/browser-host/dev-platform';
import { openDemoBackend, type DemoOptions } from '../../main/demo-backend/open-demo-backend';
import { createProcessSecretStore } from './process-secret-store';

/** The real core on a temporary user-data folder, with honest stand-ins for the desktop, on the demo tenant. */
export function createTestCore(userDataDir: string, overrides: Partial<CoreOptions> & { demo?: DemoOptions } = {}) {
  const { demo, ...rest } = overrides;
  return createCore({
    userDataDir,
    appName: 'Passcode Desk',
    appVersion: '0.0.0-test',
    host: 'browser-host',
    locale: 'en-US',
    secretStore: createProcessSecretStore(),
    platform: createDevPlatform({ logFolder: path.join(userDataDir, 'action-log'), exportDir: path.join(userDataDir, 'exports') }),
    logger: silentLogger,
    demoBackend: () => openDemoBackend(demo),
    // No organisation policy unless a test gives one: the machine's /etc/passcode-desk is not the test's.
    policy: { file: path.join(userDataDir, 'no-policy.json') },
    ...rest,
  });
}

/** Calls the core's dispatch with the contract's types, as a bridge would. */
export function callerFor(core: Core) {
  return <C extends ChannelName>(channel: C, request: ChannelRequestInput<C>) =>
    core.dispatch(channel, request, { door: 'test' }) as Promise<Result<ChannelResponse<C>>>;
}
