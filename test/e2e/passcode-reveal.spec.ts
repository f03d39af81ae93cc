import { attachScreenshot, copyShownPasscode, openApp, resetAndWaitPending, revealShownPasscode, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect } from './support/browser-host';

// Two clocks, both the test's: the demo tenant's stands still (the host's test-only demo control), so
// the action stays as the test found it; the page's moves the countdown.
const test = controlledTest();

test('a generated Android passcode is revealed once and hides itself after a minute', async ({ page, host }, testInfo) => {
  // The page's clock is ours to move. It runs until the passcode is about to be shown, then stands
  // still: every second the countdown shows is one we moved.
  await page.clock.install();
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  const dialog = await resetAndWaitPending(page, 'INC-7001', host.demo);
  const reveal = dialog.getByRole('button', { name: 'Reveal passcode' });
  await expect(reveal).toBeVisible();
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(pageNow + 1_000);
  await reveal.click();
  const passcode = dialog.getByRole('status', { name: 'New passcode' }).or(dialog.locator('output.passcode-value'));
  await expect(passcode).toHaveText(/\S{4,}/);
  await expect(dialog).toContainText('Hides in 60 s');
  await attachScreenshot(page, testInfo, 'passcode-revealed');

  await page.clock.runFor(30_000);
  await expect(dialog).toContainText('Hides in 30 s');
  await page.clock.runFor(29_000);
  await expect(dialog).toContainText('Hides in 1 s');
  await expect(passcode).toHaveText(/\S{4,}/);
  await page.clock.runFor(1_000);
  await expect(passcode).toHaveCount(0);
  await expect(dialog).toContainText('cannot be shown a second time');
  await attachScreenshot(page, testInfo, 'passcode-hidden');
  expect(errors).toEqual([]);
});

test('a copied passcode leaves the clipboard when its dialog is closed before it hides itself', async ({ page, host }) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  const dialog = await resetAndWaitPending(page, 'INC-7002', host.demo);
  // The page's clipboard writes, recorded (the browser host's Chromium has no clipboard permission to give).
  await page.evaluate(() => {
    const writes: string[] = [];
    Object.assign(window, { clipboardWrites: writes });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } });
  });
  const writes = () => page.evaluate(() => (window as unknown as { clipboardWrites: string[] }).clipboardWrites);
  const passcode = await revealShownPasscode(dialog);
  await copyShownPasscode(dialog);
  expect(await writes()).toEqual([passcode]);

  // Long before the 60 seconds: the technician has read it out and closes the dialog.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(writes).toEqual([passcode, '']);
  expect(errors).toEqual([]);
});
