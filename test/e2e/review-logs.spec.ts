import { attachScreenshot, expectAccessible, openApp } from './support/app';
import { expect, test } from './support/browser-host';

test('the review view opens this computer\'s log with no sign-in', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await page.getByRole('button', { name: 'Review logs' }).first().click();
  await expect(page.getByRole('heading', { name: 'Review action logs' })).toBeVisible();
  await expectAccessible(page, 'the empty review view');
  await page.getByRole('button', { name: "This computer's log" }).click();
  await expect(page.getByRole('heading', { name: 'Logs by installation' })).toBeVisible();
  await expect(page.locator('.integrity').first()).toBeVisible();
  await expectAccessible(page, 'the review view with a log open');
  await attachScreenshot(page, testInfo, 'review-view');
  await page.getByRole('button', { name: 'Back to sign-in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in as demo technician' })).toBeVisible();
  expect(errors).toEqual([]);
});
