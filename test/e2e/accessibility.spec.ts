import { attachScreenshot, expectAccessible, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, test } from './support/browser-host';

test('every view passes axe with no serious or critical violation', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await expectAccessible(page, 'the start screen');
  await attachScreenshot(page, testInfo, 'start');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByText('Log-signing key fingerprint')).toBeVisible();
  await expectAccessible(page, 'the settings dialog');
  await attachScreenshot(page, testInfo, 'settings');
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);

  await signInAsDemoTechnician(page);
  await expectAccessible(page, 'the device table');
  await findAndOpen(page, 'DEMO-AE-COPE-13', 'DEMO-AE-COPE-13');
  await expectAccessible(page, 'the device details');
  await attachScreenshot(page, testInfo, 'workspace');

  await page.locator('.details-panel').getByRole('button', { name: 'Reset passcode' }).click();
  await expect(page.getByRole('dialog', { name: /^Reset passcode/ })).toBeVisible();
  await expectAccessible(page, 'the confirmation dialog');
  await attachScreenshot(page, testInfo, 'confirm');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'All passcode actions in the tenant' }).click();
  await expect(page.locator('.actions-panel')).not.toContainText('Loading');
  await expectAccessible(page, 'the tenant-wide actions');
  await attachScreenshot(page, testInfo, 'tenant-actions');
  expect(errors).toEqual([]);
});
