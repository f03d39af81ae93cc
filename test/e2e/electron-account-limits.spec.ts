import { confirmFromDetails, findAndOpen, openedSerial, signInAsDemoTechnician } from './support/app';
import { doorTitle, expect, test } from './support/electron-door';

// missing-scope.spec.ts and real-tenant-checks.spec.ts's refusal in the Electron door: what main keeps about the
// account reaches the window through the preload, also after the window reloads.
test(doorTitle('a sign-in without the permission to act is told before any dialog'), async ({ launch }, testInfo) => {
  const { page } = await launch({ env: { PASSCODE_DESK_DEMO_TECHNICIAN: 'sam.reader' } });
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  await expect(page.getByTestId('missing-scope')).toContainText('DeviceManagementManagedDevices.PrivilegedOperations.All');
  await expect(page.locator('.details-panel .button-action')).toBeDisabled();
  await testInfo.attach('electron-missing-scope', { body: await page.screenshot({ path: '.reports/screens/electron-missing-scope-en-1280x720.png' }), contentType: 'image/png' });
});

test(doorTitle('Intune’s refusal of the account is still known after the window reloads, until sign-out'), async ({ launch }, testInfo) => {
  test.setTimeout(240_000);
  const { page, demo } = await launch({ demoControl: true, env: { PASSCODE_DESK_DEMO_TECHNICIAN: 'robin.novak' } });
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  const serial = await openedSerial(page);
  const dialog = await confirmFromDetails(page, { action: 'Remove passcode', ticket: 'INC-ROLE-1', serial, demo });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  const action = page.locator('.details-panel .button-action');
  await expect(action).toBeDisabled();

  await page.reload();
  await expect(page.getByRole('grid')).toBeVisible();
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  await expect(action).toBeDisabled();
  await expect(page.getByTestId('account-refusal')).toContainText('Intune refused your account this action on this device');
  await testInfo.attach('electron-refusal-after-reload', { body: await page.screenshot({ path: '.reports/screens/electron-refusal-after-reload-en-1280x720.png' }), contentType: 'image/png' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  await expect(action).toBeEnabled();
});
