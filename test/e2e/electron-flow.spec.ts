import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findAndOpen, openedSerial, signInAsDemoTechnician } from './support/app';
import { fastPace } from './support/demo-channel';
import { doorTitle, expect, test } from './support/electron-door';

// The browser-host flow of passcode-flow.spec.ts, in the real Electron app:
// preload bridge, IPC wrapper, app:// origin, safeStorage and the save dialog.
// The demo tenant's clock stands still until the test moves it (--demo-control).
test(doorTitle('removes a passcode in the Electron app and exports it from the review'), async ({ launch }, testInfo) => {
  const door = await launch({ demoControl: true });
  const { app, page } = door;
  const csvPath = path.join(door.userData, 'export.csv');
  // The native save dialog cannot be clicked by a test: answer it as a user would.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
  }, csvPath);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  // The device pages came through the preload as text and were read in the window's worker, served from app://.
  expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringMatching(/device-page-worker/));
  const serial = await openedSerial(page);
  await page.getByRole('button', { name: 'Remove passcode' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
  await dialog.getByLabel(/Ticket reference/).fill('INC-ELECTRON-1');
  await page.keyboard.press('Tab');
  await page.keyboard.type(serial.slice(-4));
  await dialog.getByRole('checkbox', { name: "I verified the requester's identity" }).check();
  // Intune's clock agrees with ours to within the tracker's allowance: the tenant's stands at now from here on.
  await door.demo({ setMs: Date.now() });
  await dialog.getByRole('button', { name: 'Confirm: Remove passcode' }).click();
  await expect(dialog.getByRole('status')).toContainText('Pending');
  await door.demo({ advanceMs: fastPace.toDoneMs });
  await expect(dialog.getByRole('status')).toContainText('Done');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review logs' }).click();
  await page.getByRole('button', { name: "This computer's log" }).click();
  await expect(page.locator('.integrity').first()).toHaveText(/Verified/);
  // The row names the technician as the card does (the UPN), the display name under it.
  await expect(page.locator('.chain-facts')).toContainText('alex.morgan@contoso.com');
  await expect(page.getByRole('row', { name: /INC-ELECTRON-1/ }).locator('.technician-cell')).toHaveText('alex.morgan@contoso.comAlex Morgan (Help Desk)');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.locator('.export-status code')).toContainText('export.csv');
  expect(readFileSync(csvPath, 'utf8')).toContain('INC-ELECTRON-1');
  await testInfo.attach('electron-review', { body: await page.screenshot(), contentType: 'image/png' });
});
