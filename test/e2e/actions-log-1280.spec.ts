import { expectAccessible, openApp, signInAsDemoTechnician } from './support/app';
import { english, expectListStillUsable, followFourActions, italian, rowsInView } from './support/actions-log';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

/**
 * At 1280x720 the actions log showed about three rows (one with a failure's Why open): a technician following
 * several actions could not see them. Now the log takes half the workspace while actions of this run are listed,
 * and a splitter (drag, or ↑/↓/Home/End) gives it more; the device list keeps its search and selected device.
 */
for (const [name, language, locale] of [['en', english, 'en-US'], ['it', italian, 'it-IT']] as const) {
  test(`four followed actions and a failure's Why fit the actions log at 1280x720, and the splitter gives it more (${name})`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const { t } = language;
    await page.setViewportSize({ width: 1280, height: 720 });
    const host = await startHost({ PASSCODE_DESK_LOCALE: locale }, { demoControl: true });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await followFourActions(page, language, host.demo);
      const selected = 'DEMO-AE-FULLY-MANAGED-14';

      // Automatic size: every action and the failure's explanation, whole, with no scrolling of the log.
      await expect.poll(async () => rowsInView(page)).toEqual({ rows: 4, outcomes: 1 });
      await expectListStillUsable(page, selected);
      await screenshotBothSizes(page, testInfo, `actions-log-following-${name}`);

      // The splitter, by keyboard: taller with ↑, the tallest with Home, never over the list's search and selection.
      const splitter = page.getByRole('separator', { name: t.actions.resizeLabel });
      const panel = page.locator('.actions-panel');
      const before = (await panel.boundingBox())!.height;
      await splitter.focus();
      await page.keyboard.press('ArrowUp');
      await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(before + 40);
      await page.keyboard.press('Home');
      await expect(splitter).toHaveAttribute('aria-valuenow', '100');
      await expectListStillUsable(page, selected);
      await expectAccessible(page, `the actions log made tallest (${name})`);
      await screenshotBothSizes(page, testInfo, `actions-log-tallest-${name}`);
      // Enter gives back the automatic size.
      await page.keyboard.press('Enter');
      await expect.poll(async () => Math.abs((await panel.boundingBox())!.height - before)).toBeLessThan(2);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
