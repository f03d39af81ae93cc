import type { Page } from '@playwright/test';
import { catalogues } from '../../renderer/i18n/catalogues';
import type { Language } from '../../renderer/i18n/messages';
import { openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenSizes } from './support/screens';

// The device count beside the filters changes on every keystroke ("2,500 devices" -> "312 of 2,500
// devices"). Its width must not move the search box or the filters while the technician types: the
// search box shrank by about 30 px on the first key, and a filter aimed at moved under the pointer.

/** Where the search box, each platform filter and the "eligible only" choice are, rounded to the pixel. */
async function toolbarBoxes(page: Page): Promise<Record<string, { x: number; width: number; y: number }>> {
  return page.evaluate(() => {
    const boxes: Record<string, { x: number; width: number; y: number }> = {};
    const controls = document.querySelectorAll<HTMLElement>('.device-toolbar .search-box, .device-toolbar .segment, .device-toolbar .choice');
    controls.forEach((element, at) => {
      const box = element.getBoundingClientRect();
      boxes[`${at} ${element.className} "${element.textContent?.trim() ?? ''}"`] = { x: Math.round(box.x), width: Math.round(box.width), y: Math.round(box.y) };
    });
    return boxes;
  });
}

for (const language of ['en', 'it'] as const satisfies readonly Language[]) {
  test(`typing does not move the search box or the filters (${language === 'en' ? 'English' : 'Italian'}, both window sizes)`, async ({ page }) => {
    const host = await startHost({ PASSCODE_DESK_LOCALE: language === 'en' ? 'en-GB' : 'it-IT' });
    try {
      const m = catalogues[language];
      const count = page.locator('.device-count');
      const search = page.getByRole('searchbox', { name: m.devices.searchLabel });
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, m.start.demoSignIn);
      await expect(count).toHaveText(language === 'en' ? '2,500 devices' : '2.500 dispositivi', { timeout: 60_000 });
      for (const size of screenSizes) {
        await page.setViewportSize(size);
        await search.fill('');
        await expect(count).toHaveText(language === 'en' ? '2,500 devices' : '2.500 dispositivi');
        const before = await toolbarBoxes(page);
        expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);
        await page.screenshot({ path: `.reports/screens/toolbar-${language}-all-${size.width}x${size.height}.png` });
        // The widest counts a technician sees: some of all, then one of all.
        await search.pressSequentially('DEMO');
        await expect(count).toHaveText(language === 'en' ? /^\d+ of 2,500 devices$/ : /^\d+ di 2\.500 dispositivi$/);
        expect(await toolbarBoxes(page), `the toolbar at ${size.width}x${size.height} after typing`).toEqual(before);
        await search.pressSequentially('-DA-7.0');
        await expect(count).toHaveText(language === 'en' ? '1 of 2,500 devices' : '1 di 2.500 dispositivi');
        expect(await toolbarBoxes(page), `the toolbar at ${size.width}x${size.height} with one match`).toEqual(before);
        await page.screenshot({ path: `.reports/screens/toolbar-${language}-typed-${size.width}x${size.height}.png` });
      }
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
