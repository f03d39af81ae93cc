import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// A settings.json cut short: main starts on defaults, keeps the file aside, and the window says so.
const languages = [
  { locale: 'en-US', name: 'en', title: 'Your saved settings could not be read', why: 'is not valid JSON', kept: 'the old file was kept as', open: 'Open Settings', dismiss: 'Dismiss', dialog: 'Settings' },
  { locale: 'it-IT', name: 'it', title: 'Non è stato possibile leggere le impostazioni salvate', why: 'non è JSON valido', kept: 'il vecchio file è stato conservato come', open: 'Apri Impostazioni', dismiss: 'Chiudi avviso', dialog: 'Impostazioni' },
] as const;

for (const language of languages) {
  test(`settings that could not be read: the window says they were reset and where the old file is (${language.name})`, async ({ page }, testInfo) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-reset-'));
    writeFileSync(path.join(dataDir, 'settings.json'), '{"tenant": "contoso.onmicrosoft.com", "clientId": ');
    const host = await startHost({ PASSCODE_DESK_LOCALE: language.locale }, { keptDataDir: dataDir });
    try {
      await openApp(page, host.launchUrl);
      const kept = readdirSync(dataDir).find((name) => name.startsWith('settings.json.unreadable-'));
      expect(kept).toBeDefined();
      const notice = page.getByRole('alert').filter({ hasText: language.title });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(language.why);
      await expect(notice).toContainText(language.kept);
      await expect(notice).toContainText(path.join(dataDir, kept!));
      await screenshotBothSizes(page, testInfo, `settings-reset-${language.name}`);
      await notice.getByRole('button', { name: language.open }).click();
      await expect(page.getByRole('dialog', { name: language.dialog })).toBeVisible();
      await page.keyboard.press('Escape');
      await notice.getByRole('button', { name: language.dismiss }).click();
      await expect(notice).toHaveCount(0);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
