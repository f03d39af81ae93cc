import { en } from '../../renderer/i18n/en';
import { it as itMessages } from '../../renderer/i18n/it';
import { maxGraphName } from '../../shared/devices/graph-text-bounds';
import { expectAccessible, findAndOpen, openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

/**
 * A broken or hostile tenant sends a device whose name, model and user are a megabyte each (the demo
 * tenant's `deviceText` control). The technician sees them cut, with an ellipsis, in the table (one line
 * a row) and in the details panel (wrapped inside it), and the rest of the window is unchanged.
 */
const languages = [
  { name: 'en', locale: 'en-US', t: en },
  { name: 'it', locale: 'it-IT', t: itMessages },
] as const;

const megabyte = (letter: string) => letter.repeat(1_048_576);

for (const { name: language, locale, t } of languages) {
  test(`a megabyte device name is shown cut, in the table and the details (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const host = await startHost({ PASSCODE_DESK_LOCALE: locale }, { demoControl: true });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await host.demo({
        deviceText: {
          name: 'DEMO-IOS-17',
          text: { deviceName: `DEMO-IOS-17-${megabyte('X')}`, model: megabyte('M'), userDisplayName: megabyte('U'), userPrincipalName: `${megabyte('u')}@contoso.com` },
        },
      });
      await page.getByRole('button', { name: t.devices.reload }).click();
      await expect(page.getByRole('row', { name: /DEMO-IOS-17-XXXX/ })).toBeVisible({ timeout: 60_000 });
      await findAndOpen(page, 'DEMO-IOS-17-X', 'DEMO-IOS-17-XXXX');

      const heading = page.locator('.details-panel h2');
      const shown = (await heading.textContent()) ?? '';
      expect(shown).toHaveLength(maxGraphName);
      expect(shown.endsWith('…')).toBe(true);
      // Wrapped inside the panel: nothing sticks out sideways.
      const overflow = await page.locator('.details-panel').evaluate((panel) => panel.scrollWidth - panel.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The table keeps one line a row: the cut name is cut again by the cell, its full (bounded) text in the title.
      const row = page.getByRole('row', { name: /DEMO-IOS-17-XXXX/ });
      const heights = await page.locator('.device-row:not(.device-row-head)').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
      expect(new Set(heights).size).toBe(1);
      await expect(row).toBeVisible();
      // The selected-device line under the table stops at two lines, so the table keeps its room.
      const line = page.getByTestId('selected-device-line');
      const lineHeight = await line.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) || 18);
      expect((await line.boundingBox())!.height).toBeLessThan(3 * lineHeight + 12);
      await expectAccessible(page, `a device with megabyte text (${language})`);
      await screenshotBothSizes(page, testInfo, `hostile-device-text-${language}`);
      // The confirm dialog names the device too: wrapped inside it.
      await page.locator('.details-panel .button-action').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const dialogOverflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
      expect(dialogOverflow).toBeLessThanOrEqual(0);
      await screenshotBothSizes(page, testInfo, `hostile-device-text-confirm-${language}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
