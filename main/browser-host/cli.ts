import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/create-core';
import { unreachableSignIn } from '../core/microsoft-backend';
import { createConsoleLogger } from '../base/logger';
import { isDemoPace } from '../demo-backend/demo-pace';
import { demoTechnicianByName, openDemoBackend } from '../demo-backend/open-demo-backend';
import { createManualClock, listenForDemoCommands, type DemoTenantControl } from '../demo-backend/demo-commands';
import { noEncryption, type SecretStore } from '../platform/secret-store';
import { createKeyedSecretStore } from './dev-secret-store';
import { createDevPlatform } from './dev-platform';
import { startBrowserHost } from './server';

function devSecretStore(keyHex: string | undefined): SecretStore {
  if (keyHex === undefined || keyHex === '') return noEncryption;
  if (!/^[0-9a-f]{64}$/i.test(keyHex)) throw new Error('PASSCODE_DESK_DEV_SECRET_KEY must be 64 hex digits');
  return createKeyedSecretStore(Buffer.from(keyHex, 'hex'));
}

// `npm run dev:browser`: the app in any browser, for development and the
// end-to-end tests, on machines without an Electron binary.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'user-data': { type: 'string' },
      'export-dir': { type: 'string' },
      'demo-devices': { type: 'string' },
      'demo-pace': { type: 'string' },
      // Which demo technician is signed in: a user name such as robin.novak (no Reset passcode role).
      'demo-technician': { type: 'string' },
      // For end-to-end tests only: the demo tenant's clock stands still, and it and the tenant's
      // faults are moved by JSON lines on stdin (main/demo-backend/demo-commands.ts).
      'demo-control': { type: 'string' },
      // For end-to-end tests only: a configured tenant's sign-in goes to a loopback port nobody
      // listens on, so Microsoft's sign-in service cannot be reached (the error still names its host).
      'sign-in-unreachable': { type: 'boolean' },
    },
  });
  // Under the user's home, not the shared temp folder: another user of the machine must not be
  // able to plant or read this run's action log, signing key or settings.
  const userDataDir = values['user-data'] ?? path.join(os.homedir(), '.passcode-desk-dev');
  await fs.mkdir(userDataDir, { recursive: true, mode: 0o700 });
  const distDir = path.join(__dirname, '..');
  const logFolder = path.join(userDataDir, 'action-log');
  const demoDevices = Number(values['demo-devices'] ?? process.env.PASSCODE_DESK_DEMO_DEVICES ?? 2500);
  const pace = values['demo-pace'] ?? process.env.PASSCODE_DESK_DEMO_PACE ?? 'realistic';
  if (!Number.isInteger(demoDevices) || demoDevices < 1) throw new Error('--demo-devices must be a positive whole number');
  if (!isDemoPace(pace)) throw new Error('--demo-pace must be realistic, fast or instant');
  const technician = demoTechnicianByName(values['demo-technician'] ?? process.env.PASSCODE_DESK_DEMO_TECHNICIAN);
  if (values['demo-control'] !== undefined && values['demo-control'] !== 'stdin') throw new Error('--demo-control must be stdin');
  const demoClock = values['demo-control'] === 'stdin' ? createManualClock(Date.now()) : undefined;
  let demoTenant: DemoTenantControl | null = null;
  const reviewPaths = process.env.PASSCODE_DESK_REVIEW_PATHS?.split(path.delimiter).filter(Boolean);

  const logger = createConsoleLogger('browser-host');
  const core = await createCore({
    userDataDir,
    appName: 'Passcode Desk',
    // The build writes package.json's version here (scripts/build.mjs `define`), so the header and every
    // log header name the build however the host is started; npm's own variable is there only under `npm run`.
    appVersion: process.env.PASSCODE_DESK_VERSION ?? process.env.npm_package_version ?? '0.0.0-dev',
    host: 'browser-host',
    locale: process.env.PASSCODE_DESK_LOCALE ?? Intl.DateTimeFormat().resolvedOptions().locale,
    // A browser has no OS keychain to lend us: behave as a machine without
    // encryption does, keeping secrets (tokens, the log-signing key) in memory.
    // Tests and the bench that need what survives a restart (the saved device
    // list) pass a key in PASSCODE_DESK_DEV_SECRET_KEY (64 hex digits) instead.
    secretStore: devSecretStore(process.env.PASSCODE_DESK_DEV_SECRET_KEY),
    platform: createDevPlatform({ logFolder, exportDir: values['export-dir'] ?? path.join(userDataDir, 'exports'), reviewPaths }),
    logger,
    demoBackend: () =>
      openDemoBackend({ deviceCount: demoDevices, pace, technicianUpn: technician, clock: demoClock, onStarted: (control) => (demoTenant = control) }),
    // The end-to-end tests hand in an organisation policy file; otherwise the platform's usual place is read.
    policy: process.env.PASSCODE_DESK_POLICY_FILE ? { file: process.env.PASSCODE_DESK_POLICY_FILE } : undefined,
    signInClient: values['sign-in-unreachable'] ? await unreachableSignIn() : undefined,
  });
  const host = await startBrowserHost({
    core,
    rendererDir: path.join(distDir, 'renderer'),
    bridgeScriptFile: path.join(distDir, 'browser-host', 'bridge.js'),
    port: Number(values.port),
    logger,
  });
  // One machine-readable line for tests, then one for people.
  console.log(`PASSCODE_DESK_URL=${host.launchUrl}`);
  if (demoClock) listenForDemoCommands(process.stdin, { clock: demoClock, tenant: () => demoTenant }, (line) => console.log(line));
  console.log(`Passcode Desk is running in your browser at ${host.launchUrl} (user data: ${userDataDir}). Ctrl+C stops it.`);
  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((cause) => {
  console.error(cause);
  process.exit(1);
});

