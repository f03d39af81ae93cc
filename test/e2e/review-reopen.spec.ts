import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keepScreenshot, openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { writeMachineLog } from './support/review-logs';

// Opening the same logs again: the review says that it reused what an earlier review verified, in English and Italian.
for (const [locale, open, reused] of [
  ['en-US', 'Open folder…', /1 entry verified by an earlier review|entries verified by an earlier review/],
  ['it-IT', 'Apri cartella…', /già verificat. da una revisione precedente/],
] as const) {
  test(`a second open says it reused earlier-verified entries (${locale})`, async ({ page }, testInfo) => {
    const logs = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-reopen-'));
    const folder = path.join(logs, 'HELPDESK-PC-01');
    await writeMachineLog(folder, 'HELPDESK-PC-01', [
      { actionId: '5b1f3c1e-1111-4111-8111-111111111111', action: 'resetPasscode', device: 'IPAD-01', technician: 'Technician 01', ticket: 'INC-1' },
    ]);
    const host = await startHost({ PASSCODE_DESK_REVIEW_PATHS: folder, PASSCODE_DESK_LOCALE: locale });
    try {
      await openApp(page, host.launchUrl);
      await page.getByRole('button', { name: locale === 'en-US' ? 'Review logs' : /Revision|registri/i }).first().click();
      await page.getByRole('button', { name: open }).click();
      await expect(page.getByTestId('chain')).toHaveCount(1);
      await expect(page.getByTestId('review-reused')).toHaveCount(0);
      await page.getByRole('button', { name: open }).click();
      await expect(page.getByTestId('review-reused')).toContainText(reused);
      await keepScreenshot(page, testInfo, `review-reopen-${locale}`);
    } finally {
      await host.stop();
      rmSync(logs, { recursive: true, force: true });
    }
  });
}
