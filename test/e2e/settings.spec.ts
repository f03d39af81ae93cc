import { attachScreenshot, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, test } from './support/browser-host';

test('settings: the signing-key fingerprint, the language switch and an optional ticket', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Log-signing key fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);

  await dialog.getByRole('radio', { name: 'Optional' }).check();
  await dialog.getByRole('radio', { name: 'Italiano' }).check();
  const impostazioni = page.getByRole('dialog', { name: 'Impostazioni' });
  await expect(impostazioni).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await attachScreenshot(page, testInfo, 'impostazioni');
  await impostazioni.getByRole('radio', { name: 'English', exact: true }).check();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');

  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-18', 'DEMO-IOS-18');
  await page.locator('.details-panel').getByRole('button', { name: 'Remove passcode' }).click();
  await expect(page.getByRole('dialog', { name: /^Remove passcode/ }).getByText('(optional)')).toBeVisible();
  expect(errors).toEqual([]);
});
