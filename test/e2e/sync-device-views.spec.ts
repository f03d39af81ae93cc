import { expectAccessible, keepScreenshot, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';

const languages = [
  { locale: 'en-US', signIn: 'Sign in as demo technician', sync: 'Sync device now', cancel: 'Cancel', title: 'Sync DEMO-IOS-18 now?', sent: 'Sync requested', kind: 'Sync device', done: 'Done' },
  { locale: 'it-IT', signIn: 'Accedi come tecnico demo', sync: 'Sincronizza ora il dispositivo', cancel: 'Annulla', title: 'Sincronizzare ora DEMO-IOS-18?', sent: 'Sincronizzazione richiesta', kind: 'Sincronizza', done: 'Completata' },
] as const;

for (const text of languages) {
  test(`Sync device from the details panel asks once, then shows in the panel and the actions log (${text.locale})`, async ({ page }, testInfo) => {
    const host = await startHost({ PASSCODE_DESK_LOCALE: text.locale });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, text.signIn);
      await findAndOpen(page, 'DEMO-IOS-18', 'DEMO-IOS-18');
      const panel = page.locator('.details-panel');
      const button = panel.getByRole('button', { name: text.sync });
      await expect(button).toBeVisible();
      await keepScreenshot(page, testInfo, `sync-details-${text.locale}`);

      // Cancel writes nothing: no sync appears in the actions log.
      await button.click();
      const dialog = page.getByRole('dialog', { name: text.title });
      await expect(dialog.getByRole('button', { name: text.cancel })).toBeFocused();
      await keepScreenshot(page, testInfo, `sync-confirm-${text.locale}`);
      await expectAccessible(page, `the sync confirmation (${text.locale})`);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(button).toBeFocused();
      const syncRows = page.locator('.actions-table tbody tr', { hasText: text.kind });
      await expect(syncRows).toHaveCount(0);

      await button.click();
      await dialog.getByRole('button', { name: text.sync }).click();
      await expect(dialog).toHaveCount(0);
      await expect(panel.locator('.sync-state')).toContainText(text.sent);
      await expect(syncRows).toHaveCount(1);
      await expect(syncRows.first()).toContainText('DEMO-IOS-18');
      await expect(syncRows.first().locator('.state-badge')).toHaveText(new RegExp(text.done));
      await keepScreenshot(page, testInfo, `sync-actions-log-${text.locale}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
