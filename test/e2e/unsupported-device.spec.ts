import { attachScreenshot, expectAccessible, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, test } from './support/browser-host';

test('an unsupported device shows the action disabled, with the reason', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);

  await findAndOpen(page, 'DEMO-MACOS-15', 'DEMO-MACOS-15');
  const panel = page.locator('.details-panel');
  await expect(panel.getByRole('button', { name: 'Not supported' })).toBeDisabled();
  await expect(panel).toContainText('Intune cannot remove or reset the passcode of macOS devices.');
  await expect(page.getByRole('row', { name: /DEMO-MACOS-15/ })).toContainText('Not supported');

  // Android 7 under device administrator: the platform has the action, the rule refuses it.
  await page.getByRole('searchbox').first().fill('');
  await findAndOpen(page, 'DEMO-DA-7.0', 'DEMO-DA-7.0');
  const reset = panel.getByRole('button', { name: 'Reset passcode' });
  await expect(reset).toBeDisabled();
  await expect(reset).toHaveAccessibleDescription(/only up to Android 6/);
  await expect(panel).toContainText('Not eligible');
  await expectAccessible(page, 'the details of an unsupported device');
  await attachScreenshot(page, testInfo, 'unsupported-device');
  expect(errors).toEqual([]);
});
