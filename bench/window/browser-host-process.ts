import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';

export interface HostProcess {
  launchUrl: string;
  stop(): Promise<void>;
}

/**
 * The built browser host (`dist/browser-host/cli.cjs`) on its own demo
 * tenant of `devices` devices at the instant pace, with a fresh user-data
 * folder. Resolves on its `PASSCODE_DESK_URL=` line. `env` adds to its
 * environment (the warm-start case passes an encryption key there).
 */
export function startBrowserHostProcess(root: string, userDataDir: string, devices: number, env: Record<string, string> = {}): Promise<HostProcess> {
  mkdirSync(userDataDir, { recursive: true });
  const cli = path.join(root, 'dist', 'browser-host', 'cli.cjs');
  const child = spawn(process.execPath, [cli, '--port', '0', '--user-data', userDataDir, '--demo-devices', String(devices), '--demo-pace', 'instant'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PASSCODE_DESK_LOCALE: 'en-US', ...env },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^PASSCODE_DESK_URL=(\S+)/.exec(line);
      if (match) resolve({ launchUrl: match[1]!, stop });
    });
    child.once('exit', (code) => reject(new Error(`the browser host exited (${code}) before it printed its URL`)));
  });
}

/**
 * One tab on a browser host, opened afresh for every window a case measures.
 * The host trades its launch token for a session once only, and the page keeps
 * that session in the tab's sessionStorage (main/browser-host/session-guard.ts),
 * so a second window in a new context would be refused. Each `open()` is a new
 * document and a new JS heap in the same tab, as a new window would be.
 */
export interface HostTab {
  page: Page;
  open(): Promise<void>;
  close(): Promise<void>;
}

export async function openHostTab(browser: Browser, host: HostProcess, initScripts: Array<() => void>): Promise<HostTab> {
  const use = playwrightConfig.use ?? {};
  const context = await browser.newContext({ viewport: use.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  let launched = false;
  return {
    page,
    async open() {
      await page.goto(launched ? new URL('/', host.launchUrl).href : host.launchUrl);
      launched = true;
    },
    close: () => context.close(),
  };
}
