import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createActionLog } from '../../main/action-log/action-log';
import { createFakeClock } from '../support/fake-clock';
import { createProcessSecretStore } from '../support/process-secret-store';
import { startRsyslog } from '../support/rsyslog-collector';
import { readLinesOf, sampleEntry, writeLinesTo } from '../integration/action-log/log-fixtures';
import { forwardWithStatus } from '../integration/forwarding/forwarding-harness';
import { expectAccessible, openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

test('the review opens a real rsyslog file: each machine’s chain, and the central copy compared with a local log', async ({ page }, testInfo) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-central-'));
  const collector = await startRsyslog(path.join(dir, 'collector'), null);
  try {
    const folders: string[] = [];
    for (const machine of ['HELPDESK-PC-01', 'HELPDESK-PC-02']) {
      const folder = path.join(dir, machine);
      const opened = await createActionLog({ folder, secretStore: createProcessSecretStore(), appVersion: 'e2e', machineName: machine, sealIdleMs: null });
      if (!opened.ok) throw new Error(opened.error.message);
      const log = opened.value;
      const run = forwardWithStatus(log, { address: collector.address, transport: 'tcp' }, createFakeClock(), machine);
      for (let i = 0; i < 3; i++) for (const type of ['requested', 'accepted'] as const) expect((await log.append(sampleEntry(type))).ok).toBe(true);
      await log.readOwnEntries(); // seals what was written
      await run.drain();
      await run.forwarder.close();
      await log.close();
      folders.push(folder);
    }
    // On PC-01 someone deletes an accepted entry from the local log afterwards.
    const file = path.join(folders[0]!, `actions-${new Date().toISOString().slice(0, 7)}.jsonl`);
    const lines = readLinesOf(file);
    const victim = lines.findIndex((line) => line.includes('"type":"accepted"'));
    writeLinesTo(file, lines.filter((_, i) => i !== victim));

    const host = await startHost({ PASSCODE_DESK_REVIEW_PATHS: [collector.file, folders[0]!].join(path.delimiter) });
    try {
      const errors = await openApp(page, host.launchUrl);
      await page.getByRole('button', { name: 'Review logs' }).first().click();
      await page.getByRole('button', { name: 'Open folder…' }).click();
      const chains = page.getByTestId('chain');
      await expect(chains).toHaveCount(3);
      await expect(chains.filter({ hasText: 'Central copy: the collector' })).toHaveCount(2);
      await expect(chains.filter({ hasText: 'Central copy' }).locator('.chain-head .integrity')).toHaveText([/Verified/, /Verified/]);
      const comparison = page.getByRole('group', { name: 'Central copy compared with the local log' });
      await expect(comparison).toContainText('HELPDESK-PC-01: central copy and local log');
      await expect(comparison).toContainText('1 only centrally (deleted locally)');
      await expect(comparison.getByText('Only centrally', { exact: true })).toBeVisible();
      await expect(comparison).toContainText('is only in the central copy; the local log has lost it: deleted');
      await expectAccessible(page, 'the review with a central copy');
      await comparison.scrollIntoViewIfNeeded();
      await screenshotBothSizes(page, testInfo, 'review-central-en');

      await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Italiano' }).check();
      await page.keyboard.press('Escape');
      const confronto = page.getByRole('group', { name: 'Copia centrale confrontata con il registro locale' });
      await expect(confronto).toContainText('1 solo al centro (eliminate in locale)');
      // Each finding's reason is a code from main, worded here in Italian.
      await expect(confronto).toContainText('è solo nella copia centrale; il registro locale l’ha persa: eliminata');
      await expect(confronto).not.toContainText('only in the central copy');
      await confronto.scrollIntoViewIfNeeded();
      await screenshotBothSizes(page, testInfo, 'review-central-it');
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  } finally {
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
