import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeDoor, doorTitle, expect, skipOnDouble, test } from './support/electron-door';

// What the Electron app keeps between runs (settings, the window's place) and
// its single running instance.

test(doorTitle('settings saved in one launch and the window bounds are there after a relaunch'), async ({ launch }) => {
  test.setTimeout(120_000);
  const first = await launch();
  await first.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = first.page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'Optional' }).check();
  await expect(settings.getByRole('radio', { name: 'Optional' })).toBeChecked();
  const bounds = { x: 60, y: 40, width: 1000, height: 680 };
  await first.app.evaluate(({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0]!.setBounds(b), bounds);
  await closeDoor(first);
  // Quitting wrote the window's normal bounds beside the settings.
  expect(JSON.parse(readFileSync(path.join(first.userData, 'window-state.json'), 'utf8'))).toMatchObject({ version: 1, bounds });

  const second = await launch({ userData: first.userData });
  expect(await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toEqual(bounds);
  await second.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(second.page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Optional' })).toBeChecked();
});

test(doorTitle('a second start hands over to the running app and leaves'), async ({ launch }) => {
  skipOnDouble('its single-instance lock is always granted (see its README), so a second start cannot be refused');
  const door = await launch();
  // The running app's 'second-instance' event settles this promise; the test waits on it, not on a count it re-reads.
  await door.app.evaluate(({ app }) => {
    (globalThis as unknown as { secondStarts: number }).secondStarts = 0;
    (globalThis as unknown as { handedOver: Promise<void> }).handedOver = new Promise<void>((resolve) =>
      app.on('second-instance', () => {
        (globalThis as unknown as { secondStarts: number }).secondStarts++;
        resolve();
      }),
    );
  });
  const second = spawn(process.env.ELECTRON_BIN!, ['.', `--user-data-dir=${door.userData}`], { stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await door.app.evaluate(() => (globalThis as unknown as { handedOver: Promise<void> }).handedOver);
  expect(await door.app.evaluate(() => (globalThis as unknown as { secondStarts: number }).secondStarts)).toBe(1);
  expect(await door.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
