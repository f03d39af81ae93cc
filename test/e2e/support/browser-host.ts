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

/** A command for the demo tenant of a host started with `demoControl` (main/demo-backend/demo-commands.ts). */
export type DemoCommand = { advanceMs: number } | { setMs: number } | { fault: Record<string, unknown> };

export interface ControlledHost extends RunningHost {
  /** Runs one command and resolves with the tenant's clock after it, once the host has answered. */
  demo(command: DemoCommand): Promise<number>;
}

export interface HostOptions {
  /** The demo tenant's clock stands still until `demo({ advanceMs })` moves it; faults can be scripted. */
  demoControl?: boolean;
  /** Start on this user-data folder (a restart on what a run before left); the caller removes it. */
  keptDataDir?: string;
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
  const child: ChildProcess = spawn(process.execPath, args, {
    // Fast demo pace: an action goes pending -> active -> done in a few seconds.
    env: { ...process.env, PASSCODE_DESK_DEMO_PACE: 'fast', ...env },
    stdio: [options.demoControl ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const replies = new Map<number, (reply: { ok: boolean; nowMs?: number; error?: string }) => void>();
  let nextId = 1;
  let pendingLine = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pendingLine + chunk.toString()).split('\n');
    pendingLine = lines.pop()!;
    for (const line of lines) {
      const match = line.match(/^PASSCODE_DESK_DEMO_REPLY=(.+)$/);
      if (!match) continue;
      const reply = JSON.parse(match[1]!) as { id: number; ok: boolean; nowMs?: number; error?: string };
      replies.get(reply.id)?.(reply);
      replies.delete(reply.id);
    }
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
    demo(command) {
      if (!options.demoControl) throw new Error('this host was started without demoControl');
      const id = nextId++;
      const answered = new Promise<number>((resolve, reject) => {
        replies.set(id, (reply) => (reply.ok ? resolve(reply.nowMs!) : reject(new Error(`demo command refused: ${reply.error}`))));
      });
      child.stdin!.write(`${JSON.stringify({ id, ...command })}\n`);
      return answered;
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

/** The fast pace's times on the tenant's clock (main/demo-backend/demo-pace.ts): queued, then active, then done. */
export const fastPace = { toActiveMs: 1_000, toDoneMs: 2_500 };

export { expect } from '@playwright/test';
