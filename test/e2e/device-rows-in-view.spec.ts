import type { Page } from '@playwright/test';
import { openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenSizes, screenshotBothSizes } from './support/screens';

// Only the rows in view, and two beyond each edge, are in the DOM (DeviceTable.tsx: every keystroke
// re-renders each rendered row, docs/benchmarks.md "Issue 19 session 10"). With so few spare rows,
// the rows rendered must still cover the whole view wherever the technician scrolls or moves the
// selection: a strip of grid with no row in it would be an empty gap in the list.

/** The rows' rendered index range against the index range the grid shows under its sticky header. */
async function coverage(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('#device-grid')!;
    const header = grid.querySelector<HTMLElement>('.device-grid-head')!;
    const view = grid.getBoundingClientRect();
    const top = header.getBoundingClientRect().bottom;
    const bottom = view.top + grid.clientHeight;
    const rows = [...grid.querySelectorAll<HTMLElement>('.device-grid-body [role="row"]')].map((row) => {
      const box = row.getBoundingClientRect();
      return { index: Number(row.getAttribute('aria-rowindex')), top: box.top, bottom: box.bottom, text: row.textContent ?? '' };
    });
    // Every pixel line of the view between the header and the grid's bottom must fall inside some rendered row.
    const uncovered: number[] = [];
    for (let y = Math.ceil(top); y < Math.floor(bottom); y += 4) {
      if (!rows.some((row) => row.top <= y && y < row.bottom)) uncovered.push(Math.round(y - top));
    }
    const indexes = rows.map((row) => row.index);
    const contiguous = indexes.every((index, at) => at === 0 || index === indexes[at - 1]! + 1);
    return { uncovered, contiguous, empty: rows.filter((row) => row.text.trim() === '').length, rendered: rows.length };
  });
}

test('the rendered rows cover the whole view after wheel scrolls, a jump and keyboard moves, at both window sizes', async ({ page }, testInfo) => {
  const host = await startHost();
  try {
    const errors = await openApp(page, host.launchUrl);
    await signInAsDemoTechnician(page);
    await expect(page.locator('.device-count')).toHaveText('2,500 devices', { timeout: 60_000 });
    const grid = page.getByRole('grid');
    for (const size of screenSizes) {
      await page.setViewportSize(size);
      await grid.evaluate((element) => element.scrollTo({ top: 0 }));
      await expect.poll(() => coverage(page)).toMatchObject({ uncovered: [], contiguous: true, empty: 0 });

      // Wheel notches down and back up: once each scroll event is handled, the view is covered.
      const box = (await grid.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (const delta of [120, 120, 360, -240, 600]) {
        await page.mouse.wheel(0, delta);
        await expect.poll(() => coverage(page)).toMatchObject({ uncovered: [], contiguous: true, empty: 0 });
      }
      // A jump far down the list (the scrollbar dragged), then the keyboard from the top.
      await grid.evaluate((element) => element.scrollTo({ top: 1_000 * 32 }));
      await expect.poll(() => coverage(page)).toMatchObject({ uncovered: [], contiguous: true, empty: 0 });
      await grid.focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
      const selected = page.locator('.device-grid-body [role="row"][aria-selected="true"]');
      await expect(selected).toHaveAttribute('aria-rowindex', '42');
      await expect(selected).toBeInViewport();
      await expect.poll(() => coverage(page)).toMatchObject({ uncovered: [], contiguous: true, empty: 0 });
      await page.keyboard.press('PageDown');
      await expect(selected).toHaveAttribute('aria-rowindex', '57');
      await expect(selected).toBeInViewport();
      await expect.poll(() => coverage(page)).toMatchObject({ uncovered: [], contiguous: true, empty: 0 });
      // Beyond the view there are only the two spare rows at each edge.
      const { rendered } = await coverage(page);
      const inView = await grid.evaluate((element) => Math.ceil((element.clientHeight - 40) / 32));
      expect(rendered).toBeLessThanOrEqual(inView + 1 + 2 * 2);
    }
    // For a person to look at: the list scrolled, a row selected, at both sizes.
    await screenshotBothSizes(page, testInfo, 'device-rows-scrolled');
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});
