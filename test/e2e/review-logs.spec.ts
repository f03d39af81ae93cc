import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attachScreenshot, expectAccessible, openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { en } from '../../renderer/i18n/en';
import { it as itMessages } from '../../renderer/i18n/it';
import { writeMachineLog } from './support/review-logs';
import { screenshotBothSizes } from './support/screens';

test('the review view opens this computer\'s log with no sign-in', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await page.getByRole('button', { name: 'Review logs' }).first().click();
  await expect(page.getByRole('heading', { name: 'Review action logs' })).toBeVisible();
  await expectAccessible(page, 'the empty review view');
  await page.getByRole('button', { name: "This computer's log" }).click();
  await expect(page.getByRole('heading', { name: 'Logs by installation' })).toBeVisible();
  await expect(page.locator('.integrity').first()).toBeVisible();
  await expectAccessible(page, 'the review view with a log open');
  await attachScreenshot(page, testInfo, 'review-view');
  await page.getByRole('button', { name: 'Back to sign-in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in as demo technician' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('logs of two machines open as two verified chains, and are checked against Intune on the demo tenant', async ({ page }, testInfo) => {
  const logs = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-logs-'));
  const folders: string[] = [];
  for (const machine of ['HELPDESK-PC-01', 'HELPDESK-PC-02']) {
    const folder = path.join(logs, machine);
    const two = machine.endsWith('02');
    await writeMachineLog(folder, machine, [
      {
        actionId: two ? '5b1f3c1e-2222-4222-8222-222222222222' : '5b1f3c1e-1111-4111-8111-111111111111',
        action: 'resetPasscode',
        device: `IPAD-${machine.slice(-2)}`,
        technician: `Technician ${machine.slice(-2)}`,
        ticket: 'INC-1',
      },
    ]);
    folders.push(folder);
  }
  const host = await startHost({ PASSCODE_DESK_REVIEW_PATHS: folders.join(path.delimiter) });
  try {
    const errors = await openApp(page, host.launchUrl);
    await signInAsDemoTechnician(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review logs' }).click();
    await page.getByRole('button', { name: 'Open folder…' }).click();
    const chains = page.getByTestId('chain');
    await expect(chains).toHaveCount(2);
    await expect(chains.nth(0)).toContainText('HELPDESK-PC-01');
    await expect(chains.nth(1)).toContainText('HELPDESK-PC-02');
    await expect(chains.locator('.chain-head .integrity')).toHaveText([/Verified/, /Verified/]);
    await expect(page.getByText('2 chains, 2 verified')).toBeVisible();
    // Each action row names the computer that wrote it.
    await expect(page.getByRole('row', { name: /IPAD-01/ })).toContainText('HELPDESK-PC-01');
    await expect(page.getByRole('row', { name: /IPAD-02/ })).toContainText('HELPDESK-PC-02');

    await page.getByRole('button', { name: 'Check against Intune' }).click();
    await expect(page.getByText(/Intune records read/)).toBeVisible();
    // The demo tenant never saw these two resets: each chain says so, with what it can mean.
    await expect(chains.nth(0).locator('.chain-intune')).toContainText('In the log, unknown to Intune');
    await expect(chains.nth(1).locator('.chain-intune')).toContainText('inserted or forged');
    await expectAccessible(page, 'two chains checked against Intune');
    for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(size);
      await attachScreenshot(page, testInfo, `review-two-chains-intune-${size.width}x${size.height}`);
    }
    await page.getByRole('button', { name: 'Export check (JSON)' }).click();
    await expect(page.getByText(/Saved to .*intune-check-.*\.json/)).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
    rmSync(logs, { recursive: true, force: true });
  }
});

for (const { name, locale, t } of [
  { name: 'en', locale: 'en-US', t: en },
  { name: 'it', locale: 'it-IT', t: itMessages },
] as const) {
  test(`fifty machines' logs: the damaged one leads, open; the clean ones fold to a line each and open on a click (${name})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const logs = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-fifty-'));
    for (let n = 0; n < 50; n += 1) {
      const machine = `HD-PC-${String(n).padStart(2, '0')}`;
      const id = String(n).padStart(12, '0');
      await writeMachineLog(path.join(logs, machine), machine, [
        { actionId: `5b1f3c1e-0000-4000-8000-${id}`, action: 'resetPasscode', device: `IPHONE-${n}`, technician: `Technician ${n}`, ticket: `INC-${100 + n}` },
      ]);
    }
    // One byte changed in one machine's log, as someone covering their tracks would.
    const damagedFolder = path.join(logs, 'HD-PC-07');
    const damagedFile = path.join(damagedFolder, readdirSync(damagedFolder).find((name) => name.endsWith('.jsonl'))!);
    writeFileSync(damagedFile, readFileSync(damagedFile, 'utf8').replace('INC-107', 'INC-907'));
    // The parent of the fifty folders, as an admin copies them from fifty machines.
    const host = await startHost({ PASSCODE_DESK_REVIEW_PATHS: logs, PASSCODE_DESK_LOCALE: locale });
    try {
      const errors = await openApp(page, host.launchUrl);
      await page.getByRole('button', { name: t.start.openReview }).first().click();
      await page.getByRole('button', { name: t.review.openFolder }).click();
      const chains = page.getByTestId('chain');
      await expect(chains).toHaveCount(50);
      await expect(page.getByText(t.review.chainsSummary(50, '50', '49'))).toBeVisible();
      await expect(chains.nth(0)).toContainText('HD-PC-07');
      await expect(chains.nth(0).locator('details.chain-fold')).toHaveCount(0);
      await expect(chains.nth(0).getByText(t.review.findingKinds.edited).first()).toBeVisible();
      // The 49 clean chains are one closed line each.
      await expect(page.locator('details.chain-fold:not([open])')).toHaveCount(49);
      const clean = chains.filter({ hasText: 'HD-PC-31' });
      await expect(clean.getByText('technician-31@contoso.example')).toBeHidden();
      await clean.locator('summary').click();
      await expect(clean.getByText('technician-31@contoso.example')).toBeVisible();
      await expectAccessible(page, `the review of fifty machines with one folded chain open (${name})`);
      // A keyboard user need not Tab through fifty chain cards to reach the filters: one step past Check against Intune's
      // neighbour (the skip button comes first in the review's body) goes straight there.
      await page.getByRole('button', { name: t.review.openOwn }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: t.review.skipToFilters })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('searchbox', { name: t.review.technician })).toBeFocused();
      // At 1280 px the damaged row still shows, without scrolling sideways, its "Untrusted" tag, its whole time
      // and the machine whose log was edited: the tag must not push the Machine column out of view.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('searchbox', { name: t.review.device }).fill('IPHONE-7');
      const damagedRow = page.locator('.review-row.is-flagged');
      await expect(damagedRow).toHaveCount(1);
      await expect(damagedRow.getByText(t.review.untrusted, { exact: true })).toBeVisible();
      const fits = await damagedRow.evaluate((row) => {
        const table = row.closest('.review-table')!;
        const visibleRight = table.getBoundingClientRect().left + table.clientWidth;
        const cells = [...row.querySelectorAll<HTMLElement>('[role=cell]')];
        const time = cells[0]!.querySelector<HTMLElement>('.cell-value')!;
        return { machine: cells[6]!.textContent, machineRight: cells[6]!.getBoundingClientRect().right, visibleRight, timeCut: time.scrollWidth > time.clientWidth };
      });
      expect(fits.machine).toBe('HD-PC-07');
      expect(fits.machineRight).toBeLessThanOrEqual(fits.visibleRight);
      expect(fits.timeCut).toBe(false);
      await screenshotBothSizes(page, testInfo, `review-fifty-machines-${name}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
      rmSync(logs, { recursive: true, force: true });
    }
  });
}
