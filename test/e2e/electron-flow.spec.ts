import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findAndOpen, openedSerial, signInAsDemoTechnician } from './support/app';
import { findElectronBinary, noElectronMessage } from './support/electron-binary';

const binary = findElectronBinary();

// The browser-host flow of passcode-flow.spec.ts, in the real Electron app:
// preload bridge, IPC wrapper, app:// origin, safeStorage and the save dialog.
test('removes a passcode in the real Electron app and exports it from the review', async ({}, testInfo) => {
  test.skip(!binary, noElectronMessage);
  test.setTimeout(180_000);
  const userData = mkdtempSync(path.join(os.tmpdir(), 'pd-electron-'));
  const csvPath = path.join(userData, 'export.csv');
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', `--user-data-dir=${userData}`],
    env: { ...process.env, PASSCODE_DESK_DEMO_PACE: 'fast' },
  });
  try {
    // The native save dialog cannot be clicked by a test: answer it as a user would.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, csvPath);
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
    await signInAsDemoTechnician(page);
    await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
    const serial = await openedSerial(page);
    await page.getByRole('button', { name: 'Remove passcode' }).click();
    const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
    await dialog.getByLabel(/Ticket reference/).fill('INC-ELECTRON-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type(serial.slice(-4));
    await dialog.getByRole('checkbox', { name: "I verified the requester's identity" }).check();
    await dialog.getByRole('button', { name: 'Confirm: Remove passcode' }).click();
    await expect(dialog.getByRole('status')).toContainText('Done', { timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review logs' }).click();
    await page.getByRole('button', { name: "This computer's log" }).click();
    await expect(page.locator('.integrity').first()).toHaveText(/Verified/);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.locator('.export-status code')).toContainText('export.csv');
    expect(readFileSync(csvPath, 'utf8')).toContain('INC-ELECTRON-1');
    await testInfo.attach('electron-review', { body: await page.screenshot(), contentType: 'image/png' });
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
