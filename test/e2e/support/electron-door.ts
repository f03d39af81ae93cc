import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test as base, expect, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import type { DemoControl } from './demo-channel';

/**
 * What the Electron door's specs run on. playwright.config.ts asks
 * scripts/electron-runtime.mjs once: a real Electron binary where one exists,
 * else ../shared's electron-double (Node + Debian's Chromium: NOT Electron).
 * Every door test says which in its title and in an `electron-runtime`
 * annotation, which scripts/test.mjs counts.
 */
const binary = process.env.ELECTRON_BIN || null;
export const onDouble = process.env.ELECTRON_DOOR_RUNTIME === 'electron-double';
const runtimeLabel = onDouble ? 'on electron-double, not Electron' : 'on Electron';

export const noElectronMessage =
  'No Electron binary and no ../shared/tools/electron-double on this machine (Electron cannot be downloaded here), so the Electron door cannot be launched. The same flows run through the browser host.';

/** A door test's title, naming what it runs on. */
export function doorTitle(title: string): string {
  return `${title} (${binary ? runtimeLabel : 'no Electron binary'})`;
}

export { expect };

/**
 * The door's tests get `launch`: it starts the app (see launchDoor) and, when
 * the test ends, quits what is still running and removes the profiles it made.
 */
export const test = base.extend<{ launch: (options?: LaunchOptions) => Promise<Door> }>({
  launch: async ({}, use, testInfo) => {
    const doors: Door[] = [];
    await use(async (options) => {
      const door = await launchDoor(testInfo, options);
      doors.push(door);
      return door;
    });
    for (const door of doors) await closeDoor(door);
    for (const door of doors) rmSync(door.userData, { recursive: true, force: true });
  },
});

/** Names the runtime in the test's `electron-runtime` annotation (what scripts/test.mjs counts). */
function markRuntime(testInfo: TestInfo): void {
  if (testInfo.annotations.some((a) => a.type === 'electron-runtime')) return;
  testInfo.annotations.push({ type: 'electron-runtime', description: onDouble ? 'electron-double (Node + Chromium), not Electron' : 'Electron' });
}

/** Skips only on the double, for what it cannot honestly run (see its README). */
export function skipOnDouble(reason: string): void {
  markRuntime(base.info());
  base.skip(onDouble, `electron-double cannot run this: ${reason}`);
}

export interface Door {
  app: ElectronApplication;
  page: Page;
  userData: string;
  /** The main process's console output so far (our logger writes there). */
  mainLog: string[];
  /** Resolves with the first line of main's console output (so far or to come) that `matches`: a console event, never a re-read. */
  logged(matches: (line: string) => boolean): Promise<string>;
  /** The demo tenant's controls (support/demo-channel.ts); only on a door launched with `demoControl`. */
  demo: DemoControl;
  closed?: boolean;
}

/** main/demo-backend/demo-commands.ts's answer to one command. */
interface DemoReply {
  ok: boolean;
  nowMs?: number;
  error?: string;
}

export interface LaunchOptions {
  /** Reuse a profile, as a relaunch does; a fresh temporary one otherwise. */
  userData?: string;
  env?: Record<string, string>;
  /**
   * The demo tenant's clock stands still until `door.demo({ advanceMs })` moves it, as on a
   * controlled browser host: the app's test-only `--demo-control`, at the fast pace.
   */
  demoControl?: boolean;
  /** The app's test-only `--sign-in-unreachable`: a configured tenant's sign-in is refused by a closed loopback port. */
  signInUnreachable?: boolean;
}

/** Launches the built app (`npm run build` first) on the door's runtime and waits for its window. */
async function launchDoor(testInfo: TestInfo, options: LaunchOptions = {}): Promise<Door> {
  markRuntime(testInfo);
  base.skip(!binary, noElectronMessage);
  const userData = options.userData ?? mkdtempSync(path.join(os.tmpdir(), 'pd-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', `--user-data-dir=${userData}`, ...(options.demoControl ? ['--demo-control'] : []), ...(options.signInUnreachable ? ['--sign-in-unreachable'] : [])],
    env: { ...process.env, ...(options.demoControl ? { PASSCODE_DESK_DEMO_PACE: 'fast' } : {}), ...options.env } as Record<string, string>,
  });
  const demo: DemoControl = async (command) => {
    if (!options.demoControl) throw new Error('this door was launched without demoControl');
    // Runs in main (Playwright sends the function's source): the command function an app started
    // with --demo-control puts on its global object (main/demo-backend/demo-commands.ts).
    const reply = await app.evaluate((_electron, line) => {
      const run = (globalThis as unknown as Record<string, ((line: string) => DemoReply) | undefined>).__passcodeDeskDemoControl;
      return run ? run(line) : { ok: false, error: 'the app has no demo control (started without --demo-control, or packaged)' };
    }, JSON.stringify({ id: 1, ...command }));
    if (!reply.ok) throw new Error(`demo command refused: ${reply.error}`);
    return reply.nowMs!;
  };
  const mainLog: string[] = [];
  const waiters = new Set<{ matches: (line: string) => boolean; resolve: (line: string) => void }>();
  app.on('console', (message) => {
    const line = message.text();
    mainLog.push(line);
    for (const waiter of waiters) {
      if (!waiter.matches(line)) continue;
      waiters.delete(waiter);
      waiter.resolve(line);
    }
  });
  const logged = (matches: (line: string) => boolean) =>
    new Promise<string>((resolve) => {
      const seen = mainLog.find(matches);
      if (seen !== undefined) resolve(seen);
      else waiters.add({ matches, resolve });
    });
  try {
    // The label must be the truth: the double marks its `electron` module.
    const isDouble = await app.evaluate((api) => Boolean((api as unknown as { __isElectronDouble?: boolean }).__isElectronDouble));
    expect(isDouble, 'the runtime the title names').toBe(onDouble);
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
    return { app, page, userData, mainLog, logged, demo };
  } catch (cause) {
    await app.close().catch(() => undefined);
    if (!options.userData) rmSync(userData, { recursive: true, force: true });
    throw cause;
  }
}

/** Quits the app as a user would, so it saves its state; its profile stays for a relaunch (launch removes it after the test). */
export async function closeDoor(door: Door): Promise<void> {
  if (door.closed) return;
  door.closed = true;
  await door.app.close();
}
