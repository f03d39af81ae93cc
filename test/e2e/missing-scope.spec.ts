import { en } from '../../renderer/i18n/en';
import { it as itMessages } from '../../renderer/i18n/it';
import { expectAccessible, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

/**
 * A sign-in whose token response did not grant DeviceManagementManagedDevices.PrivilegedOperations.All (the demo's
 * sam.reader, who may read devices only): every passcode action would be refused, so the panel says so before any
 * dialog, with what to ask an administrator for, and the action and Sync are off.
 */
const languages = [
  { name: 'en', locale: 'en-US', t: en },
  { name: 'it', locale: 'it-IT', t: itMessages },
] as const;

for (const { name, locale, t } of languages) {
  test(`a sign-in without the permission to act is told before any dialog, with what to ask for (${name})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const host = await startHost({ PASSCODE_DESK_LOCALE: locale, PASSCODE_DESK_DEMO_TECHNICIAN: 'sam.reader' });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      const details = page.locator('.details-panel');
      const note = page.getByTestId('missing-scope');
      await expect(note.getByText(t.details.scopeMissingTitle)).toBeVisible();
      await expect(note).toContainText('DeviceManagementManagedDevices.PrivilegedOperations.All');
      await expect(note).toContainText(t.details.scopeMissingAsk);
      await expect(details.locator('.button-action')).toBeDisabled();
      await expect(details.locator('.sync-device .button')).toBeDisabled();
      // The table's action column agrees with the panel: the device supports the action, the sign-in may not send it.
      const row = page.locator('#device-grid [role="row"]', { hasText: 'DEMO-IOS-17' });
      await expect(row.locator('.badge')).toHaveText(t.devices.actionNotAllowed);
      await expectAccessible(page, `the panel of a sign-in without the permission to act (${name})`);
      await screenshotBothSizes(page, testInfo, `missing-scope-${name}`);
      // Every device: the permission is the sign-in's, not the device's.
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
      await expect(details.locator('.button-action')).toBeDisabled();
      await expect(page.getByTestId('missing-scope')).toBeVisible();
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
