import { attachScreenshot, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { deviceCheckIn, expect, realisticTest as test } from './support/browser-host';

// Sync device is offered while a reset waits for the device, so the reset must
// wait long enough to click it on a loaded machine: the realistic pace.

test('after a passcode reset, sync the device from the progress dialog; the sync is followed live and listed like any action', async ({ page, host }, testInfo) => {
  test.setTimeout(300_000);
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  const serial = await openedSerial(page);
  // The details panel offers it too, beside the passcode action.
  await expect(page.locator('.details-panel').getByRole('button', { name: 'Sync device now' })).toBeVisible();
  await attachScreenshot(page, testInfo, 'details-with-sync');

  await page.locator('.details-panel').getByRole('button', { name: 'Remove passcode' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
  await dialog.getByLabel(/Ticket reference/).fill('INC-2026-0077');
  await page.keyboard.press('Tab');
  await page.keyboard.type(serial.slice(-4));
  await dialog.getByRole('checkbox', { name: "I verified the requester's identity" }).check();
  await dialog.getByRole('button', { name: 'Confirm: Remove passcode' }).click();
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();

  // While the reset waits for the device, ask the device to check in now.
  const sync = dialog.getByRole('button', { name: 'Sync device now' });
  await expect(sync).toBeVisible({ timeout: deviceCheckIn });
  await sync.click();
  const syncState = dialog.locator('.sync-state');
  await expect(syncState).toContainText('Sync requested');
  await attachScreenshot(page, testInfo, 'progress-with-sync');
  await expectAccessible(page, 'the progress dialog with Sync device');
  await expect(dialog.getByRole('status')).toContainText('Done', { timeout: deviceCheckIn });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The live actions log lists the sync as its own action, on the same ticket, and follows it to its end.
  const syncRow = page.locator('.actions-table tbody tr', { hasText: 'Sync device' }).first();
  await expect(syncRow).toContainText('DEMO-IOS-17');
  await expect(syncRow).toContainText('INC-2026-0077');
  await expect(syncRow.locator('.state-badge')).toHaveText(/Done/, { timeout: deviceCheckIn });
  await attachScreenshot(page, testInfo, 'actions-log-with-sync');

  // From the details panel: another sync, once the first has ended, after one question.
  await page.locator('.details-panel').getByRole('button', { name: 'Sync device now' }).click();
  await page.getByRole('dialog', { name: 'Sync DEMO-IOS-17 now?' }).getByRole('button', { name: 'Sync device now' }).click();
  await expect(page.locator('.details-panel .sync-state')).toContainText('Sync requested');
  expect(errors).toEqual([]);
});
