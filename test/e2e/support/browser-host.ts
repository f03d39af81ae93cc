import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface RunningHost {
  launchUrl: string;
  userDataDir: string;
  exportDir: string;
}

/**
 * Starts the built browser host (`dist/browser-host/cli.cjs`) on a random
 * port with a fresh user-data folder, and waits for the line that announces
 * its URL: an event, never a sleep.
 */
export async function startHost(env: Record<string, string> = {}): Promise<RunningHost & { stop(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-'));
  const exportDir = path.join(userDataDir, 'exports');
  const child: ChildProcess = spawn(process.execPath, ['dist/browser-host/cli.cjs', '--port', '0', '--user-data', userDataDir, '--export-dir', exportDir], {
    // Fast demo pace: an action goes pending -> active -> done in a few seconds.
    env: { ...process.env, PASSCODE_DESK_DEMO_PACE: 'fast', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/^PASSCODE_DESK_URL=(\S+)$/m);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)));
  });
  return {
    launchUrl,
    userDataDir,
    exportDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(userDataDir, { recursive: true, force: true });
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
 * A host whose demo tenant carries out actions at Intune's pace (seconds to
 * pending and to done), for tests that must see a state in between; they
 * wait up to `deviceCheckIn` ms for a state, on what the app shows, never on sleeps.
 */
export const realisticTest = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost({ PASSCODE_DESK_DEMO_PACE: 'realistic' });
    await use(host);
    await host.stop();
  },
});
export const deviceCheckIn = 150_000;
export { expect } from '@playwright/test';
