import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { catalogues } from '../../renderer/i18n/catalogues';
import { actionLabel } from '../../renderer/i18n/decision-text';
import type { Language } from '../../renderer/i18n/messages';
import { findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, fastPace, startHost, test } from './support/browser-host';
import { writeMachineLog, tamperWith } from './support/review-fixtures';
import { screenSizes } from './support/screens';

// Every view of the app, in English and in Italian, at both window sizes, kept under
// .reports/screens/tour-<language>-<view>-<size>.png for a person to open and judge.
// At each size nothing a technician has to read or press may be cut: a button, badge,
// column header or label whose text is wider than its box fails the test by name.

/** Visible controls and labels whose text overflows their own box (cut, hidden, or spilling out). */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, .button, .badge, .state-badge, .integrity, .mode-badge, label, summary, [role="columnheader"], .segment, .eligibility-badge, legend:not(.visually-hidden)';
    const clipped: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // The Device header's resize handle sticks out over the column edge on purpose.
      if (el.classList.contains('cell-head-resizable')) continue;
      if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.trim().slice(0, 60)}" (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return clipped;
  });
}

async function tourShot(page: Page, language: Language, view: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of screenSizes) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `.reports/screens/tour-${language}-${view}-${size.width}x${size.height}.png` });
    expect.soft(await clippedTexts(page), `text cut in ${view} at ${size.width}x${size.height} (${language})`).toEqual([]);
  }
  if (original) await page.setViewportSize(original);
}

const day = (offset: number) => new Date(Date.UTC(2026, 10, 2 + offset)).toISOString().slice(0, 10);
const uuid = (n: number) => `5b1f3c1e-${String(n).padStart(4, '0')}-4111-8111-111111111111`;

/** Two helpdesk computers' logs over a week; the second one edited by hand, so it has findings. */
async function writeFleetLogs(root: string): Promise<string[]> {
  const one = path.join(root, 'HELPDESK-PC-01');
  const two = path.join(root, 'HELPDESK-PC-02');
  await writeMachineLog(one, 'HELPDESK-PC-01', [
    { id: uuid(1), device: 'IPAD-RECEPTION-01', day: day(0), ticket: 'INC-1001', then: [{ type: 'accepted' }, { type: 'state', state: 'done' }] },
    { id: uuid(2), device: "Sven's iPhone", day: day(1), ticket: 'INC-1002', then: [{ type: 'accepted' }, { type: 'state', state: 'notSupported' }] },
    { id: uuid(3), device: 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', day: day(1), ticket: 'INC-1003', then: [{ type: 'accepted' }, { type: 'state', state: 'failed', error: { code: 'failed', message: 'The device has no unlock token' } }] },
    { id: uuid(4), device: 'IPHONE-SALES-A-LONG-NAME-07', day: day(3), ticket: 'INC-1004', then: [{ type: 'accepted' }, { type: 'state', state: 'pending' }] },
  ]);
  await writeMachineLog(two, 'HELPDESK-PC-02', [
    { id: uuid(5), device: 'IPAD-WAREHOUSE-02', day: day(2), ticket: 'INC-2001', then: [{ type: 'accepted' }, { type: 'state', state: 'done' }] },
    { id: uuid(6), device: 'IPAD-WAREHOUSE-03', day: day(4), ticket: 'INC-2002', then: [{ type: 'accepted' }, { type: 'state', state: 'done' }] },
  ]);
  tamperWith(two, 'INC-2002', 'INC-2092');
  // Named like a log file but a folder: the review names it as skipped.
  mkdirSync(path.join(two, 'actions-2026-10.jsonl'));
  return [one, two];
}

// The walk itself happens at the smaller size, where things are tightest; each view is then shot at both.
test.use({ viewport: { width: 1280, height: 720 } });

for (const language of ['en', 'it'] as const satisfies readonly Language[]) {
  test(`every view at 1280x720 and 1440x900, in ${language === 'en' ? 'English' : 'Italian'}, with nothing cut`, async ({ page }) => {
    test.setTimeout(600_000);
    const m = catalogues[language];
    const remove = actionLabel('remove', language);
    const reset = actionLabel('reset', language);
    const logs = mkdtempSync(path.join(os.tmpdir(), 'pd-tour-logs-'));
    const host = await startHost({ PASSCODE_DESK_LOCALE: language === 'en' ? 'en-GB' : 'it-IT', PASSCODE_DESK_REVIEW_PATHS: (await writeFleetLogs(logs)).join(path.delimiter) }, { demoControl: true });
    try {
      // The passcode countdown must not run out while both sizes are shot: the page's clock is ours.
      await page.clock.install();
      const errors = await openApp(page, host.launchUrl);
      await expect(page.getByRole('heading', { name: m.start.title })).toBeVisible();
      await tourShot(page, language, 'sign-in');

      // Settings before sign-in, with a connection that does not parse.
      await page.getByRole('navigation', { name: m.shell.mainNav }).getByRole('button', { name: m.shell.navSettings }).click();
      const settings = page.getByRole('dialog', { name: m.settings.title });
      await expect(settings.getByText(m.settings.fingerprint)).toBeVisible();
      await tourShot(page, language, 'settings');
      await settings.getByLabel(m.start.tenantLabel, { exact: true }).fill('not a tenant');
      await settings.getByLabel(m.start.clientIdLabel).fill('1234');
      await settings.getByRole('button', { name: m.start.saveConnection }).click();
      await expect(settings.getByText(m.start.tenantInvalid)).toBeVisible();
      await tourShot(page, language, 'settings-errors');
      await page.keyboard.press('Escape');
      await expect(settings).toHaveCount(0);

      // Review with nothing open, before sign-in.
      await page.getByRole('button', { name: m.start.openReview }).first().click();
      await expect(page.getByText(m.review.nothingOpen)).toBeVisible();
      await tourShot(page, language, 'review-nothing-open');
      // Two computers' logs, one edited by hand: a verified chain, a broken one, a skipped folder.
      await page.getByRole('button', { name: m.review.openFolder }).click();
      await expect(page.getByTestId('chain')).toHaveCount(2);
      // The edited log's card comes first, though its machine name sorts second: with fifty logs, what needs a look is on top.
      await expect(page.getByTestId('chain').first()).toContainText('HELPDESK-PC-02');
      await expect(page.getByText(m.review.skippedTitle)).toBeVisible();
      await tourShot(page, language, 'review-findings');
      // The edited action's row says what was found in the window's language (its tooltip, and the words a screen reader reads), not a code.
      const untrustedRow = page.getByRole('row').filter({ hasText: m.review.untrusted });
      await expect(untrustedRow).toContainText(m.review.rowFindings(m.review.findingKinds.edited));
      await expect(untrustedRow).toHaveAttribute('title', m.review.rowFindings(m.review.findingKinds.edited));
      // At 1280 px the ticket is in view without scrolling; scrolled to the request IDs, each row still shows its time.
      const table = page.getByRole('table', { name: m.review.title });
      const tableBox = (await table.boundingBox())!;
      const ticketHeader = (await table.getByRole('columnheader', { name: m.review.columns.ticket, exact: true }).boundingBox())!;
      expect(ticketHeader.x + ticketHeader.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);
      await table.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
      await expect(table.getByRole('columnheader', { name: m.review.columns.requestId, exact: true })).toBeInViewport();
      const firstCell = (await table.getByRole('row').nth(1).getByRole('cell').first().boundingBox())!;
      expect(Math.abs(firstCell.x - tableBox.x)).toBeLessThanOrEqual(1);
      await tourShot(page, language, 'review-scrolled-sideways');
      await table.evaluate((el) => el.scrollTo(0, 0));
      await page.locator('.review-side').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.locator('.chart-table summary').click();
      await expect(page.locator('.chart-table table')).toBeVisible();
      await tourShot(page, language, 'review-chart-table');
      await page.locator('.review-filters label', { has: page.getByText(m.review.state, { exact: true }) }).locator('select').selectOption('done');
      await page.getByLabel(m.review.ticket, { exact: true }).fill('INC-9');
      await expect(page.getByText(m.review.noRows)).toBeVisible();
      await tourShot(page, language, 'review-filters-exclude-all');
      await page.getByLabel(m.review.from, { exact: true }).fill('2026-12-31');
      await page.getByLabel(m.review.to, { exact: true }).fill('2026-01-01');
      await expect(page.getByText(m.review.datesReversed)).toBeVisible();
      await tourShot(page, language, 'review-dates-reversed');
      await page.getByRole('button', { name: m.review.clearFilters }).click();
      await page.getByRole('button', { name: m.review.backToStart }).click();

      await signInAsDemoTechnician(page, m.start.demoSignIn);
      await tourShot(page, language, 'devices');
      await page.getByRole('searchbox').first().fill('no-such-device-qz');
      await expect(page.getByText(m.devices.noMatch)).toBeVisible();
      await tourShot(page, language, 'devices-no-match');
      await page.getByRole('searchbox').first().fill('');

      const panel = page.locator('.details-panel');
      await findAndOpen(page, 'DEMO-IOS-18', 'DEMO-IOS-18');
      await tourShot(page, language, 'details-eligible');
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-SHARED-IPAD', 'DEMO-SHARED-IPAD');
      await expect(panel.locator('.alternative, section', { hasText: m.details.alternativeTitle }).first()).toBeVisible();
      await tourShot(page, language, 'details-shared-ipad');
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-VISIONOS-1.0', 'DEMO-VISIONOS-1.0');
      await expect(panel).toContainText(m.details.alternativeTitle);
      await tourShot(page, language, 'details-visionos-1.0');
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-DA-VERSION-7.X', 'DEMO-DA-VERSION-7.X');
      await tourShot(page, language, 'details-not-eligible');
      // Offered, with a caution where current docs differ from the rule: in the panel and in the confirmation.
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-AWP-7.1.2', 'DEMO-AWP-7.1.2');
      await expect(panel.getByTestId('decision-caution')).toContainText('8.0');
      await tourShot(page, language, 'details-caution');
      await panel.getByRole('button', { name: reset }).click();
      const cautionDialog = page.getByRole('dialog', { name: new RegExp(`^${reset}`) });
      await expect(cautionDialog.getByTestId('decision-caution')).toContainText('8.0');
      await tourShot(page, language, 'confirm-caution');
      await cautionDialog.getByRole('button', { name: m.common.cancel }).click();
      await expect(cautionDialog).toHaveCount(0);

      // The confirmation: masked, with problems, then matched.
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-AE-FULLY-MANAGED-14', 'DEMO-AE-FULLY-MANAGED-14');
      const serial = await openedSerial(page, m.details.serial);
      await panel.getByRole('button', { name: reset }).click();
      const dialog = page.getByRole('dialog', { name: new RegExp(`^${reset}`) });
      await expect(dialog.getByText(m.confirm.identifierMasked).first()).toBeVisible();
      await tourShot(page, language, 'confirm-masked');
      await dialog.getByLabel(new RegExp(m.confirm.ticketLabel)).fill('x');
      await dialog.getByLabel(/4/).fill('zzzz');
      await expect(dialog.getByText(m.confirm.serialCheckMismatch)).toBeVisible();
      await tourShot(page, language, 'confirm-problems');
      await dialog.getByLabel(new RegExp(m.confirm.ticketLabel)).fill('INC-4242');
      await dialog.getByLabel(/4/).fill(serial.slice(-4).toLowerCase());
      await expect(dialog).toContainText(serial);
      await dialog.getByRole('checkbox', { name: m.confirm.identity }).check();
      await tourShot(page, language, 'confirm-ready');
      // The demo tenant's clock stands still from here (the host's test-only demo control), at Intune's
      // "now": each action stays Pending until the test moves it, however loaded the machine.
      await host.demo({ setMs: Date.now() });
      await dialog.getByRole('button', { name: m.confirm.confirm(reset) }).click();
      await expect(dialog.getByText(m.confirm.sentTitle)).toBeVisible();
      await expect(dialog.getByRole('status')).toContainText(m.states.pending);
      await tourShot(page, language, 'progress');
      // The generated passcode comes with the action's result while it is Pending.
      const reveal = dialog.getByRole('button', { name: m.actions.revealButton });
      await expect(reveal).toBeVisible();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
      await reveal.click();
      await expect(dialog.locator('output.passcode-value').or(dialog.getByRole('status', { name: m.actions.revealedLabel }))).toHaveText(/\S{4,}/);
      // At 1280x720 the passcode sits at the foot of the dialog: all of it, countdown included, scrolls into view.
      await expect(dialog.locator('.passcode-reveal')).toBeInViewport({ ratio: 0.99 });
      await tourShot(page, language, 'passcode-reveal');
      await dialog.getByRole('button', { name: m.actions.hideNow }).click();
      await expect(dialog.getByText(m.actions.hidden)).toBeVisible();
      await tourShot(page, language, 'passcode-hidden');
      await page.clock.resume();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // A failure, with its reason and what to do next, in the dialog and then in the live actions log.
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN');
      const failSerial = await openedSerial(page, m.details.serial);
      await panel.getByRole('button', { name: remove }).click();
      const failDialog = page.getByRole('dialog', { name: new RegExp(`^${remove}`) });
      await failDialog.getByLabel(new RegExp(m.confirm.ticketLabel)).fill('INC-4343');
      await failDialog.getByLabel(/4/).fill(failSerial.slice(-4));
      await failDialog.getByRole('checkbox', { name: m.confirm.identity }).check();
      await host.demo({ setMs: Date.now() });
      await failDialog.getByRole('button', { name: m.confirm.confirm(remove) }).click();
      await expect(failDialog.getByRole('status')).toContainText(m.states.pending);
      await host.demo({ advanceMs: fastPace.toDoneMs });
      await expect(failDialog.getByRole('status')).toContainText(m.states.failed);
      await tourShot(page, language, 'progress-failed');
      await page.keyboard.press('Escape');
      await expect(page.locator('.actions-table .outcome-row').first()).toBeVisible();
      await tourShot(page, language, 'actions-log');
      await page.getByRole('button', { name: m.actions.scopeTenant }).click();
      await tourShot(page, language, 'actions-tenant');
      await page.getByRole('button', { name: m.actions.scopeMine }).click();

      // This computer's log, verified, with the two actions just taken.
      await page.getByRole('navigation', { name: m.shell.mainNav }).getByRole('button', { name: m.shell.navReview }).click();
      await page.getByRole('button', { name: m.review.openOwn }).click();
      await expect(page.getByRole('row', { name: /INC-4343/ })).toBeVisible();
      await tourShot(page, language, 'review-own-verified');
      await page.getByRole('button', { name: m.review.intune.check }).click();
      await expect(page.locator('.chain-intune').first()).toBeVisible();
      await tourShot(page, language, 'review-intune-check');
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
      rmSync(logs, { recursive: true, force: true });
    }
  });
}
