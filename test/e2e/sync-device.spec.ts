import { attachScreenshot, confirmFromDetails, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace } from './support/browser-host';

// Sync device is offered while a reset waits for the device. The demo tenant's
// clock stands still until the test moves it, so the reset waits for as long
// as the test needs to click Sync, however loaded the machine; nothing here
// waits on real time passing.
const test = controlledTest();

test('after a passcode reset, sync the device from the progress dialog; the sync is followed live and listed like any action', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  const serial = await openedSerial(page);
  // The details panel offers it too, beside the passcode action.
  await expect(page.locator('.details-panel').getByRole('button', { name: 'Sync device now' })).toBeVisible();
  await attachScreenshot(page, testInfo, 'details-with-sync');

  const dialog = await confirmFromDetails(page, {
    action: 'Remove passcode',
    ticket: 'INC-2026-0077',
    serial,
    demo: host.demo,
  });
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();

  // The tenant's clock has not moved: the reset is queued and the device has not checked in. Ask it to, now.
  const state = dialog.getByRole('status');
  await expect(state).toContainText('Pending');
  await expect(dialog.locator('.sync-device')).toContainText('so a queued action reaches it sooner');
  await dialog.getByRole('button', { name: 'Sync device now' }).click();
  await expect(dialog.locator('.sync-state')).toContainText('Sync requested');
  await attachScreenshot(page, testInfo, 'progress-with-sync');
  await expectAccessible(page, 'the progress dialog with Sync device');
  // The device checks in: both the reset and the sync end.
  await host.demo({ advanceMs: fastPace.toDoneMs });
  await expect(state).toContainText('Done');
  // Nothing is queued any more: the button stays (focus is not lost) but no longer promises a queued action.
  await expect(dialog.locator('.sync-device')).toContainText('so Intune shows its current state');
  await expect(dialog.locator('.sync-device')).not.toContainText('queued action');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The live actions log lists the sync as its own action, on the same ticket, and follows it to its end.
  const syncRow = page.locator('.actions-table tbody tr', { hasText: 'Sync device' }).first();
  await expect(syncRow).toContainText('DEMO-IOS-17');
  await expect(syncRow).toContainText('INC-2026-0077');
  await expect(syncRow.locator('.state-badge')).toHaveText(/Done/);
  await attachScreenshot(page, testInfo, 'actions-log-with-sync');

  // From the details panel: another sync, once the first has ended, after one question.
  await page.locator('.details-panel').getByRole('button', { name: 'Sync device now' }).click();
  await page.getByRole('dialog', { name: 'Sync DEMO-IOS-17 now?' }).getByRole('button', { name: 'Sync device now' }).click();
  await expect(page.locator('.details-panel .sync-state')).toContainText('Sync requested');
  expect(errors).toEqual([]);
});
