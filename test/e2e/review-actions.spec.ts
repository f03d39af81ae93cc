import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible, keepScreenshot, openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { writeMachineLog } from './support/review-logs';

const languages = [
  { locale: 'en-US', review: 'Review logs', folder: 'Open folder…', action: 'Action', identity: 'ID checked', technician: 'Technician', sync: 'Sync device', passcode: 'Passcode', shown: '1 of 3 actions', exportCsv: 'Export CSV' },
  { locale: 'it-IT', review: 'Revisione registri', folder: 'Apri cartella…', action: 'Azione', identity: 'Verifica ID', technician: 'Tecnico', sync: 'Sincronizza', passcode: 'Passcode', shown: '1 di 3 azioni', exportCsv: 'Esporta CSV' },
] as const;

for (const text of languages) {
  test(`the review table names each row's action and filters by it; the CSV keeps the filter (${text.locale})`, async ({ page }, testInfo) => {
    const logs = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-review-actions-'));
    await writeMachineLog(logs, 'HELPDESK-PC-07', [
      { actionId: '7a000000-0000-4000-8000-000000000001', action: 'resetPasscode', device: 'IPAD-LOBBY', technician: 'Dana Field', ticket: 'INC-3001' },
      { actionId: '7a000000-0000-4000-8000-000000000002', action: 'syncDevice', device: 'IPAD-LOBBY', technician: 'Dana Field', ticket: 'INC-3001' },
      { actionId: '7a000000-0000-4000-8000-000000000003', action: 'resetPasscode', device: 'PIXEL-DESK', technician: 'Sam Reyes', ticket: 'INC-3002' },
    ]);
    const host = await startHost({ PASSCODE_DESK_REVIEW_PATHS: logs, PASSCODE_DESK_LOCALE: text.locale });
    try {
      const errors = await openApp(page, host.launchUrl);
      await page.getByRole('button', { name: text.review }).first().click();
      await page.getByRole('button', { name: text.folder }).click();
      const table = page.getByRole('table');
      const rows = table.getByRole('row');
      await expect(rows).toHaveCount(4); // the header and three actions
      await expect(table.getByRole('columnheader').nth(1)).toHaveText(text.action);
      await expect(rows.filter({ hasText: text.sync })).toHaveCount(1);
      await expect(rows.filter({ hasText: text.passcode })).toHaveCount(2);
      await keepScreenshot(page, testInfo, `review-actions-all-${text.locale}`);

      await page.getByRole('combobox', { name: text.action }).selectOption('syncDevice');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText(text.sync);
      await expect(rows.nth(1)).toContainText('IPAD-LOBBY');
      const identityColumn = (await table.getByRole('columnheader').allTextContents()).indexOf(text.identity);
      expect(identityColumn).toBeGreaterThan(0);
      await expect(rows.nth(1).getByRole('cell').nth(identityColumn)).toHaveText('—'); // a sync asks for no identity check: not "No"
      // The technician as the chain card names them (the UPN), with the display name under it: an admin comparing
      // a row with its card reads the same person in both.
      const technicianColumn = (await table.getByRole('columnheader').allTextContents()).indexOf(text.technician);
      expect(technicianColumn).toBeGreaterThan(0);
      await expect(page.locator('.chain-facts')).toContainText('dana-field@contoso.example');
      await expect(rows.nth(1).getByRole('cell').nth(technicianColumn)).toHaveText('dana-field@contoso.exampleDana Field');
      await expect(page.getByText(text.shown)).toBeVisible();
      await expectAccessible(page, `the review table filtered by action (${text.locale})`);
      await keepScreenshot(page, testInfo, `review-actions-sync-only-${text.locale}`);

      await page.getByRole('button', { name: text.exportCsv }).click();
      const saved = page.locator('.export-status code');
      await expect(saved).toHaveText(/\.csv$/);
      const csv = readFileSync((await saved.textContent())!, 'utf8').trim().split('\r\n');
      expect(csv).toHaveLength(2);
      expect(csv[0]!.split(',').slice(0, 2)).toEqual(['Action ID', 'Action']);
      expect(csv[1]!.split(',').slice(0, 2)).toEqual(['7a000000-0000-4000-8000-000000000002', 'syncDevice']);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
      rmSync(logs, { recursive: true, force: true });
    }
  });
}
