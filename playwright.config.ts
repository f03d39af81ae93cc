import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own
// browser on these machines) against the browser host, which the tests start
// themselves on a random loopback port. Screenshots of each view are attached
// by the tests; traces and screenshots are kept on failure.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The Electron door's specs run on a real Electron binary where one exists,
// else on ../shared's electron-double (not Electron): scripts/electron-runtime.mjs
// decides, once, and the workers inherit its answer through the environment.
if (!process.env.ELECTRON_DOOR_RUNTIME) {
  const { binary, kind } = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'scripts', 'electron-runtime.mjs'), '--json', '--quiet'], { encoding: 'utf8' })) as { binary: string | null; kind: string };
  if (binary) process.env.ELECTRON_BIN = binary;
  process.env.ELECTRON_DOOR_RUNTIME = kind;
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Time-outs only catch a hung test (speed is measured by `npm run bench`); they
  // are wide so that a fully loaded 2-core machine still passes (every view's axe
  // scan took over a minute on one).
  timeout: 300_000,
  expect: { timeout: 45_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
