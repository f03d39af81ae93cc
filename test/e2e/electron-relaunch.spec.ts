import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { closeDoor, doorTitle, launchDoor, skipOnDouble, type Door } from './support/electron-door';

// What the Electron app keeps between runs (settings, the window's place) and
// its single running instance.

let door: Door | undefined;
let userData: string | undefined;
test.afterEach(async () => {
  await closeDoor(door);
  door = undefined;
  if (userData) rmSync(userData, { recursive: true, force: true });
  userData = undefined;
});

test(doorTitle('settings saved in one launch and the window bounds are there after a relaunch'), async ({}, testInfo) => {
  test.setTimeout(120_000);
  door = await launchDoor(testInfo);
  userData = door.userData;
  await door.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = door.page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'Optional' }).check();
  await expect(settings.getByRole('radio', { name: 'Optional' })).toBeChecked();
  const bounds = { x: 60, y: 40, width: 1000, height: 680 };
  await door.app.evaluate(({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0]!.setBounds(b), bounds);
  await closeDoor(door, { keepUserData: true });
  door = undefined;
  // Quitting wrote the window's normal bounds beside the settings.
  expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toMatchObject({ version: 1, bounds });

  door = await launchDoor(testInfo, { userData });
  expect(await door.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toEqual(bounds);
  await door.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(door.page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Optional' })).toBeChecked();
});

test(doorTitle('a second start hands over to the running app and leaves'), async ({}, testInfo) => {
  skipOnDouble('its single-instance lock is always granted (see its README), so a second start cannot be refused');
  door = await launchDoor(testInfo);
  await door.app.evaluate(({ app }) => {
    (globalThis as unknown as { secondStarts: number }).secondStarts = 0;
    app.on('second-instance', () => void (globalThis as unknown as { secondStarts: number }).secondStarts++);
  });
  const second = spawn(process.env.ELECTRON_BIN!, ['.', `--user-data-dir=${door.userData}`], { stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(() => door!.app.evaluate(() => (globalThis as unknown as { secondStarts: number }).secondStarts)).toBe(1);
  expect(await door.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
