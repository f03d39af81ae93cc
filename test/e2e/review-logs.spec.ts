import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attachScreenshot, expectAccessible, openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { writeMachineLog } from './support/review-logs';

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
