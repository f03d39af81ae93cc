import type { Page, TestInfo } from '@playwright/test';

/** The two window sizes a technician's laptop and desk screen have; every changed view is looked at in both. */
export const screenSizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/**
 * Screenshots of the current view at both sizes, attached to the test and
 * kept under test-results/screens/ for a person to open and judge.
 */
export async function screenshotBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of screenSizes) {
    await page.setViewportSize(size);
    const body = await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}.png` });
    await testInfo.attach(`${name}-${size.width}x${size.height}`, { body, contentType: 'image/png' });
  }
  if (original) await page.setViewportSize(original);
}
