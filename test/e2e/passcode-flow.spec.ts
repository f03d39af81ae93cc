import { readFileSync } from 'node:fs';
import path from 'node:path';
import { attachScreenshot, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace } from './support/browser-host';

// The demo tenant carries out an action the way Intune does, over time (the
// device "checks in"). This test asserts that the technician sees the action
// pending before it is done, so the tenant's clock stands still until the test
// moves it (the host's test-only demo control): "Pending" stays on screen for
// as long as the test needs, however loaded the machine, and "Done" comes when
// the test has moved the clock past the fast pace's 2.5 s. Nothing waits on
// real time passing.
const test = controlledTest();

test('remove the passcode of an iPhone found by its serial, from the keyboard, then find it in the review and export it', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await expect(page.getByRole('group', { name: 'Account' })).toContainText('@');
  await attachScreenshot(page, testInfo, 'devices');

  // Read the serial off the device, then find the device again by that serial alone.
  await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
  const serial = await openedSerial(page);
  expect(serial).toMatch(/^[A-Z0-9]{6,}$/);
  await page.getByRole('searchbox').first().fill('');
  await findAndOpen(page, serial, 'DEMO-IOS-17');
  await expect(page.locator('.details-panel')).toContainText('The passcode is removed from the device');
  await expect(page.locator('.details-panel')).toContainText('Intune documentation (2018)');
  await attachScreenshot(page, testInfo, 'device-details');

  // Enter opened the device and put focus on its heading, whose focus ring stays clear of the owner's line under it.
  const heading = page.locator('.details-title');
  await expect(heading).toBeFocused();
  const ringGap = await heading.evaluate((h2) => {
    const style = getComputedStyle(h2);
    const ringBottom = h2.getBoundingClientRect().bottom + parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    return h2.nextElementSibling!.getBoundingClientRect().top - ringBottom;
  });
  expect(ringGap).toBeGreaterThanOrEqual(0);
  // The action button is one Tab away.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove passcode' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Ticket reference/)).toBeFocused();
  const confirm = dialog.getByRole('button', { name: 'Confirm: Remove passcode' });
  await expect(confirm).toBeDisabled();
  await page.keyboard.type('INC-2026-0042');
  await page.keyboard.press('Enter'); // does nothing here
  await page.keyboard.press('Tab');
  await page.keyboard.type(serial.slice(-4).toLowerCase());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: "I verified the requester's identity" })).toBeChecked();
  await expect(confirm).toBeEnabled();
  await expectAccessible(page, 'the confirmation dialog');
  await attachScreenshot(page, testInfo, 'confirm-dialog');
  // Intune's clock agrees with ours to within the tracker's allowance: the tenant's stands at now from here on.
  await host.demo({ setMs: Date.now() });
  await confirm.focus();
  await page.keyboard.press('Enter'); // never confirms
  await expect(dialog.getByText('Sent to Intune')).toHaveCount(0);
  await page.keyboard.press('Space');

  // Followed live, in the dialog and in the actions log.
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();
  const state = dialog.getByRole('status');
  // The tenant's clock has not moved: Intune has queued the reset and the device has not checked in.
  await expect(state).toContainText('Pending');
  await attachScreenshot(page, testInfo, 'action-pending');
  await host.demo({ advanceMs: fastPace.toActiveMs });
  await expect(state).toContainText('Active');
  await host.demo({ advanceMs: fastPace.toDoneMs - fastPace.toActiveMs });
  await expect(state).toContainText('Done');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const logRow = page.locator('.actions-table tbody tr', { hasText: 'DEMO-IOS-17' }).first();
  await expect(logRow).toContainText('INC-2026-0042');
  await expect(logRow.locator('.state-badge')).toHaveText(/Done/);
  await attachScreenshot(page, testInfo, 'actions-log');

  // The same action, read back from this computer's log, and exported.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review logs' }).click();
  await page.getByRole('button', { name: "This computer's log" }).click();
  await expect(page.locator('.integrity').first()).toHaveText(/Verified/);
  const reviewRow = page.getByRole('row', { name: /DEMO-IOS-17/ });
  await expect(reviewRow).toContainText('INC-2026-0042');
  await expect(reviewRow).toContainText('Done');
  await page.getByRole('textbox', { name: 'Ticket' }).or(page.getByRole('searchbox', { name: 'Ticket' })).fill('0042');
  await expect(page.getByText(/^1 of 1 action$/)).toBeVisible();
  await attachScreenshot(page, testInfo, 'review-with-action');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const saved = page.locator('.export-status code');
  await expect(saved).toContainText('.csv');
  const file = (await saved.textContent())!.trim();
  expect(path.dirname(file)).toBe(host.exportDir);
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('DEMO-IOS-17');
  expect(csv).toContain('INC-2026-0042');
  expect(errors).toEqual([]);
});
