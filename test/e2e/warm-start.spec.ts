import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// Large enough that the fresh list is still loading while the saved one is looked at.
const devices = 50_000;

async function startOnKeptFolder(folder: string, key: string, locale: string) {
  return startHost({ PASSCODE_DESK_DEV_SECRET_KEY: key, PASSCODE_DESK_DEMO_DEVICES: String(devices), PASSCODE_DESK_LOCALE: locale }, { keptDataDir: folder });
}

const wholeList = (page: Page) => expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(devices + 1), { timeout: 200_000 });

test('after a restart the last list is on screen at once, marked, and the fresh list replaces it (English and Italian)', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-warm-'));
  // The same key on each start stands in for the OS keychain of one user.
  const key = randomBytes(32).toString('hex');
  try {
    const first = await startOnKeptFolder(folder, key, 'en-US');
    await openApp(page, first.launchUrl);
    await signInAsDemoTechnician(page);
    await expect(page.locator('[data-last-session]')).toHaveCount(0); // a first start has nothing saved
    await wholeList(page);
    await first.stop(); // as quitting: the save finishes first
    expect(readdirSync(path.join(folder, 'device-cache'))).toHaveLength(1);

    for (const [locale, signIn, notice, progress] of [
      ['en-US', 'Sign in as demo technician', /^From your last session \(saved .+\)\. Refreshing from Intune…$/, /^Fresh list from Intune: [\d,.]+ (of [\d,.]+ devices|devices so far)$/],
      ['it-IT', 'Accedi come tecnico demo', /^Dalla sessione precedente \(salvato .+\)\. Aggiornamento da Intune in corso…$/, /^Elenco aggiornato da Intune: [\d,.]+ (di [\d,.]+ dispositivi|dispositivi finora)$/],
    ] as const) {
      const host = await startOnKeptFolder(folder, key, locale);
      await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, signIn);
      const marked = page.locator('[data-last-session]');
      await expect(marked).toHaveText(notice);
      // The progress counts the fresh list loading behind, not the rows on screen, and says so
      // ("so far" until Intune's count comes with the fresh list's first page, then "N of M").
      await expect(page.locator('.progress-text')).toHaveText(progress);
      await screenshotBothSizes(page, testInfo, `warm-start-${locale}`);
      // The fresh list takes its place once complete, and the mark goes.
      await expect(marked).toHaveCount(0, { timeout: 200_000 });
      await wholeList(page);
      await host.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
