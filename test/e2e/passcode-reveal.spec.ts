import { attachScreenshot, confirmFromDetails, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, test } from './support/browser-host';

test('a generated Android passcode is revealed once and hides itself after a minute', async ({ page, host }, testInfo) => {
  test.setTimeout(300_000);
  // The page's clock is ours to move; main and the demo tenant keep real time. It runs until the
  // passcode is about to be shown, then stands still: every second the countdown shows is one we moved.
  await page.clock.install();
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
  const serial = await openedSerial(page);
  const dialog = await confirmFromDetails(page, { action: 'Reset passcode', ticket: 'INC-7001', serial });
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();

  const reveal = dialog.getByRole('button', { name: 'Reveal passcode' });
  await expect(reveal).toBeVisible({ timeout: 150_000 });
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(pageNow + 1_000);
  await reveal.click();
  const passcode = dialog.getByRole('status', { name: 'New passcode' }).or(dialog.locator('output.passcode-value'));
  await expect(passcode).toHaveText(/\S{4,}/);
  await expect(dialog).toContainText('Hides in 60 s');
  await attachScreenshot(page, testInfo, 'passcode-revealed');

  await page.clock.runFor(30_000);
  await expect(dialog).toContainText('Hides in 30 s');
  await page.clock.runFor(29_000);
  await expect(dialog).toContainText('Hides in 1 s');
  await expect(passcode).toHaveText(/\S{4,}/);
  await page.clock.runFor(1_000);
  await expect(passcode).toHaveCount(0);
  await expect(dialog).toContainText('cannot be shown a second time');
  await attachScreenshot(page, testInfo, 'passcode-hidden');
  expect(errors).toEqual([]);
});
