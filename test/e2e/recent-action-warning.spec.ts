import { attachScreenshot, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, test } from './support/browser-host';

test('a device someone else is resetting asks for a second, explicit confirmation', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-OTHER-PENDING', 'DEMO-IOS-OTHER-PENDING');
  const panel = page.locator('.details-panel');
  await expect(panel.locator('section', { hasText: 'Recent passcode actions by anyone' })).toContainText('Pending');
  const serial = await openedSerial(page);

  await panel.getByRole('button', { name: 'Remove passcode' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('A passcode action was just taken on this device');
  await expect(warning).toContainText(/Pending: \S+@contoso\.com/);
  await dialog.getByLabel(/Ticket reference/).fill('INC-9001');
  await dialog.getByLabel(/last 4 characters/).fill(serial.slice(-4));
  await dialog.getByRole('checkbox', { name: "I verified the requester's identity" }).check();
  const confirm = dialog.getByRole('button', { name: 'Confirm: Remove passcode' });
  await expect(confirm).toBeDisabled();
  await expect(dialog).toContainText('acknowledge the recent action');
  await expectAccessible(page, 'the confirmation dialog with a recent-action warning');
  await attachScreenshot(page, testInfo, 'recent-action-warning');

  await dialog.getByRole('checkbox', { name: /I understand a passcode action was just taken/ }).check();
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();
  expect(errors).toEqual([]);
});
