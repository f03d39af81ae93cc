import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { demoChannel, type DemoControl } from './demo-channel';

export interface RunningHost {
  launchUrl: string;
  userDataDir: string;
  exportDir: string;
}

export interface ControlledHost extends RunningHost {
  /** Runs one command on the demo tenant (support/demo-channel.ts); only on a host started with `demoControl`. */
  demo: DemoControl;
}

export interface HostOptions {
  /** The demo tenant's clock stands still until `demo({ advanceMs })` moves it; faults can be scripted. */
  demoControl?: boolean;
  /** Start on this user-data folder (a restart on what a run before left); the caller removes it. */
  keptDataDir?: string;
  /** A configured tenant's sign-in goes to a closed loopback port: Microsoft's sign-in service cannot be reached. */
  signInUnreachable?: boolean;
}

/**
 * Starts the built browser host (`dist/browser-host/cli.cjs`) on a random
 * port with a fresh user-data folder (or `keptDataDir`, to restart on what a
 * run before left, which the caller then removes), and waits for the line
 * that announces its URL: an event, never a sleep.
 */
export async function startHost(env: Record<string, string> = {}, options: HostOptions = {}): Promise<ControlledHost & { stop(): Promise<void> }> {
  const userDataDir = options.keptDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-'));
  const exportDir = path.join(userDataDir, 'exports');
  const args = ['dist/browser-host/cli.cjs', '--port', '0', '--user-data', userDataDir, '--export-dir', exportDir];
  if (options.demoControl) args.push('--demo-control', 'stdin');
  if (options.signInUnreachable) args.push('--sign-in-unreachable');
  const child: ChildProcess = spawn(process.execPath, args, {
    // Fast demo pace: an action goes pending -> active -> done in a few seconds.
    // Without npm's npm_package_version, as when the built host is started by hand: the version must come from the build.
    env: { ...withoutNpmVersion(process.env), PASSCODE_DESK_DEMO_PACE: 'fast', ...env },
    stdio: [options.demoControl ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const demo = options.demoControl ? demoChannel(child.stdin!, child.stdout!) : null;
  let output = '';
  // Only the URL line or the host's exit ends this wait; a host that hangs is caught by the test's own time-out
  // (a fixed limit here would fail a start that is merely slow on a loaded machine).
  const launchUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/^PASSCODE_DESK_URL=(\S+)$/m);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)));
  });
  return {
    launchUrl,
    userDataDir,
    exportDir,
    demo(command) {
      if (!demo) throw new Error('this host was started without demoControl');
      return demo(command);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (options.keptDataDir === undefined) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

/**
 * A host whose demo tenant's clock stands still until the test moves it
 * (`host.demo({ advanceMs })`, the host's test-only demo control): a state in
 * between (Pending, a Sync button offered while the device has not checked
 * in) stays on screen for as long as the test needs, however loaded the
 * machine, and the next comes when the test moves the clock. `env` adds to the
 * host's environment (a locale, say).
 */
export function controlledTest(env: Record<string, string> = {}) {
  return base.extend<{ host: ControlledHost }>({
    host: async ({}, use) => {
      const host = await startHost(env, { demoControl: true });
      await use(host);
      await host.stop();
    },
  });
}

export { fastPace } from './demo-channel';

export { expect } from '@playwright/test';

function withoutNpmVersion(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { npm_package_version: _dropped, ...rest } = env;
  return rest;
}
