import { expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// What a technician with a locked-out user on the phone trips on (issue 18),
// walked through the browser host on the demo tenant at the fast pace. The
// tenant's clock stands still until the test moves it (the host's test-only
// demo control): an action ends when the test says, never after real seconds.
const test = controlledTest();

test('a failed action keeps its reason and next step in the actions log and the details panel after the dialog closes', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE', 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE');
  const imei = (await page.locator('.details-panel .fact', { hasText: 'IMEI' }).locator('dd').textContent())!.trim();
  expect(imei).toMatch(/^\d{15}$/);
  await page.locator('.details-panel').getByRole('button', { name: 'Reset passcode' }).click();

  const dialog = page.getByRole('dialog', { name: /^Reset passcode/ });
  // The requester reads the IMEI out; the dialog does not print it for the technician to copy.
  await expect(dialog).not.toContainText(imei);
  await dialog.getByLabel(/Ticket reference/).fill('INC-5150');
  await dialog.getByLabel(/last 4 characters of the serial number or the IMEI/).fill(` ${imei.slice(-4)} `);
  await expect(dialog).toContainText('Matches this device’s IMEI');
  await expect(dialog).toContainText(imei);
  await dialog.getByRole('checkbox', { name: "I verified the requester's identity" }).check();
  // Intune's clock agrees with ours to within the tracker's allowance: the tenant's stands at now from here on.
  await host.demo({ setMs: Date.now() });
  await dialog.getByRole('button', { name: 'Confirm: Reset passcode' }).click();
  await expect(dialog.getByRole('status')).toContainText('Pending');
  await host.demo({ advanceMs: fastPace.toDoneMs });
  await expect(dialog.getByRole('status')).toContainText('Not supported');
  await expect(page.getByRole('dialog', { name: 'Reset passcode: Not supported' })).toBeVisible();
  await expect(dialog).toContainText('Intune accepted the request, but the device could not carry it out');
  await expect(dialog).not.toContainText('Microsoft Intune refused the request');
  await expect(dialog.locator('.stepper .step-failed')).toHaveText('Not supported');
  await screenshotBothSizes(page, testInfo, 'progress-not-supported');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const outcome = page.locator('.actions-table .outcome-row').first();
  await expect(outcome).toContainText('passcode reset token');
  await expect(outcome).toContainText('What to do next');
  const history = page.locator('.details-panel section', { hasText: 'Our actions on this device' });
  await expect(history).toContainText('passcode reset token');
  await expect(history).toContainText('What to do next');
  await expectAccessible(page, 'the workspace with a failed action explained');
  await screenshotBothSizes(page, testInfo, 'actions-log-failure-reason');

  // The review counts it apart from failures, and says when filters exclude everything or contradict each other.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review logs' }).click();
  await page.getByRole('button', { name: "This computer's log" }).click();
  await expect(page.getByText(/^1 of 1 action$/)).toBeVisible();
  await expect(page.locator('.per-day .legend')).toContainText('Not supported');
  // The chart's numbers as a table stay inside the chart's card (the side column is 340 px wide).
  await page.locator('.per-day').getByText('Show as table').click();
  await expect(page.locator('.chart-table table')).toBeVisible();
  const card = (await page.locator('.per-day').boundingBox())!;
  const table = (await page.locator('.chart-table').boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(card.x + card.width + 1);
  // The widest state badge is whole in its column.
  const badge = page.getByRole('row', { name: /DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE/ }).locator('.state-badge');
  await expect(badge).toHaveText(/Not supported/);
  expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= el.parentElement!.getBoundingClientRect().right + 1)).toBe(true);
  await page.getByLabel('State').selectOption('done');
  await expect(page.getByText(/^0 of 1 action$/)).toBeVisible();
  await page.getByLabel('State').selectOption('all');
  await page.getByLabel('From').fill('2026-12-31');
  await page.getByLabel('To').fill('2026-01-01');
  await expect(page.getByRole('alert').filter({ hasText: 'The From date is after the To date' })).toBeVisible();
  await screenshotBothSizes(page, testInfo, 'review-not-supported');
  expect(errors).toEqual([]);
});

test('search finds manufacturers, grouped IMEIs and pasted typography', async ({ page, host }) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await expect(page.locator('.device-count')).toHaveText('2,500 devices', { timeout: 60_000 });
  const search = page.getByRole('searchbox').first();
  const rows = page.locator('.device-grid-body [role="row"]');

  await search.fill('Zebra');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('.device-count')).not.toHaveText(/^0 of/);

  await findAndOpen(page, 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE', 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE');
  const imei = (await page.locator('.details-panel .fact', { hasText: 'IMEI' }).locator('dd').textContent())!.trim();
  const grouped = `${imei.slice(0, 2)} ${imei.slice(2, 8)}-${imei.slice(8, 14)} ${imei.slice(14)}`;
  await search.fill(grouped);
  await expect(page.getByRole('row', { name: /DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE/ })).toBeVisible();
  await expect(page.locator('.device-count')).toHaveText(/^1 of/);

  await search.fill('o\u2019brien');
  await expect(page.locator('.device-count')).not.toHaveText(/^0 of/);
  await expect(rows.first()).toContainText(/o'brien|O'Brien/);

  await search.fill('DEMO\u2011FAIL\u200b\u2011AWP\u2011RESET');
  await expect(page.getByRole('row', { name: /DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the confirmation keeps the device beside Confirm at 1280x720, masks the serial, and refuses an over-long ticket', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-IOS-OTHER-PENDING', 'DEMO-IOS-OTHER-PENDING');
  const serial = await openedSerial(page);
  await page.locator('.details-panel').getByRole('button', { name: 'Remove passcode' }).click();
  const dialog = page.getByRole('dialog', { name: /^Remove passcode/ });
  await expect(dialog.getByRole('alert')).toContainText('A passcode action was just taken on this device');
  await expect(dialog).not.toContainText(serial);
  await expect(dialog).toContainText('Apple Account');

  const ticket = dialog.getByLabel(/Ticket reference/);
  await ticket.fill('x');
  await expect(dialog).toContainText('at least 3 characters');
  await ticket.fill(`INC-${'4'.repeat(300)}`);
  await expect(ticket).toHaveValue(`INC-${'4'.repeat(300)}`);
  await expect(dialog).toContainText('at most 256 characters (this one has 304)');
  await ticket.fill('INC-77');
  await dialog.getByLabel(/last 4 characters/).fill(serial.slice(-4).toLowerCase());
  await expect(dialog).toContainText(serial);

  const confirm = dialog.getByRole('button', { name: 'Confirm: Remove passcode' });
  await confirm.scrollIntoViewIfNeeded();
  await expect(confirm).toBeInViewport();
  await expect(dialog.locator('.confirm-footer-device')).toHaveText('Device: DEMO-IOS-OTHER-PENDING');
  await expect(dialog.locator('.confirm-footer-device')).toBeInViewport();
  await screenshotBothSizes(page, testInfo, 'confirm-recent-warning');
  expect(errors).toEqual([]);
});
