import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startRsyslog, type RsyslogCollector } from '../support/rsyslog-collector';
import { expectAccessible, openApp } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

/**
 * What the organisation's policy and its collector look like to the
 * technician: locked settings cannot be changed from the UI (nor around it),
 * a broken policy says what is wrong and what the app does instead, and the
 * header and Settings follow forwarding to a real rsyslog.
 */
let scratch: string;
test.beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'pd-e2e-policy-'));
});
test.afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function policyFile(content: string): string {
  const file = path.join(scratch, 'policy.json');
  writeFileSync(file, content);
  return file;
}

async function openSettings(page: Page, name = 'Settings') {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function switchToItalian(page: Page) {
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Italiano' }).check();
  await expect(page.getByRole('dialog', { name: 'Impostazioni' })).toBeVisible();
}

test('a ticket requirement the organisation locks cannot be changed from Settings, nor around it', async ({ page }, testInfo) => {
  const file = policyFile(JSON.stringify({ RequireTicketReference: true, TicketPattern: 'INC[0-9]{6}', Locked: ['requireTicketReference'] }));
  const host = await startHost({ PASSCODE_DESK_POLICY_FILE: file });
  try {
    const errors = await openApp(page, host.launchUrl);
    await expect(page.getByRole('note', { name: /policy could not be used/ })).toHaveCount(0);
    const dialog = await openSettings(page);
    const ticket = dialog.getByRole('group', { name: /Ticket reference/ });
    await expect(ticket.getByText('Set by your organisation')).toBeVisible();
    await expect(ticket.getByRole('radio', { name: 'Required for every passcode action' })).toBeChecked();
    await expect(ticket.getByRole('radio', { name: 'Optional' })).toBeDisabled();
    await expect(ticket.getByText('Ticket references must match the pattern INC[0-9]{6}')).toBeVisible();
    // A click that gets through anyway changes nothing.
    await ticket.getByText('Optional').click({ force: true });
    await expect(ticket.getByRole('radio', { name: 'Required for every passcode action' })).toBeChecked();
    // Nor can a page that calls main directly: main refuses, the setting stays.
    const refused = await page.evaluate(async () => {
      const api = window.passcodeDesk!;
      const current = await api.getSettings({});
      if (!current.ok) return current.error.message;
      const saved = await api.saveSettings({ settings: { ...current.value, requireTicketReference: false } });
      return saved.ok ? 'saved' : saved.error.message;
    });
    expect(refused).toMatch(/^Set by your organisation: the ticket requirement cannot be changed here/);
    await expect(ticket.getByRole('radio', { name: 'Required for every passcode action' })).toBeChecked();
    await expectAccessible(page, 'settings with a locked ticket requirement');
    await screenshotBothSizes(page, testInfo, 'policy-locked-en');

    await switchToItalian(page);
    const impostazioni = page.getByRole('dialog', { name: 'Impostazioni' });
    await expect(impostazioni.getByText('Impostato dalla tua organizzazione')).toBeVisible();
    await expect(impostazioni.getByRole('radio', { name: 'Facoltativo' })).toBeDisabled();
    await screenshotBothSizes(page, testInfo, 'policy-locked-it');
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('a malformed policy file shows what is wrong, which file, and what the app does instead', async ({ page }, testInfo) => {
  const file = policyFile('{ "RequireTicketReference": false, ');
  const host = await startHost({ PASSCODE_DESK_POLICY_FILE: file });
  try {
    const errors = await openApp(page, host.launchUrl);
    const banner = page.getByRole('note', { name: 'Your organisation’s policy could not be used as written' });
    await expect(banner).toContainText('Your organisation’s policy has problems');
    await banner.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const notice = dialog.getByRole('note', { name: 'Your organisation’s policy could not be used as written' });
    await expect(notice.getByText(file)).toBeVisible();
    await expect(notice.getByText('the file is not valid JSON')).toBeVisible();
    await expect(notice).toContainText('a ticket reference stays required for every action and cannot be switched off here');
    // The safe default: required, and locked.
    await expect(dialog.getByRole('radio', { name: 'Optional' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: 'Required for every passcode action' })).toBeChecked();
    await screenshotBothSizes(page, testInfo, 'policy-malformed-en');

    await switchToItalian(page);
    const impostazioni = page.getByRole('dialog', { name: 'Impostazioni' });
    await expect(impostazioni.getByRole('note', { name: /policy della tua organizzazione/ })).toContainText('il riferimento ticket resta obbligatorio');
    // Main sends the problem as a code: the Italian window words it in Italian.
    await expect(impostazioni.getByRole('note', { name: /policy della tua organizzazione/ }).getByText('il file non è un JSON valido')).toBeVisible();
    await expect(impostazioni.getByText('the file is not valid JSON')).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, 'policy-malformed-it');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('note', { name: /policy della tua organizzazione/ })).toContainText('vedi Impostazioni');
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('forwarding to a real rsyslog: behind while it is down, the one-hour warning, connected after Retry', async ({ page }, testInfo) => {
  let collector: RsyslogCollector | null = await startRsyslog(path.join(scratch, 'collector'), null);
  // Stopped before the app starts: its port refuses, so the log's first lines wait.
  await collector.kill();
  const file = policyFile(JSON.stringify({ CollectorAddress: collector.address, CollectorTransport: 'tcp', CollectorRequired: true }));
  const host = await startHost({ PASSCODE_DESK_POLICY_FILE: file });
  try {
    // The page's clock is ours: the hour behind passes without waiting for it.
    await page.clock.install();
    const errors = await openApp(page, host.launchUrl);
    const indicator = page.getByRole('button', { name: /^Forwarding: Behind by \d+ entr(y|ies)$/ });
    await expect(indicator).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    const dialog = await openSettings(page);
    const section = dialog.getByRole('group', { name: 'Central collection' });
    await expect(section.getByText(collector.address, { exact: true })).toBeVisible();
    await expect(section.getByText(/not yet at the collector, the oldest since/)).toBeVisible();
    await expect(section.getByText(/refused/i)).toBeVisible();
    await expect(section.getByRole('checkbox', { name: /Send each log entry/ })).toBeDisabled();
    await expect(section.getByText('Set by your organisation')).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, testInfo, 'forwarding-behind-settings-en');
    await page.keyboard.press('Escape');

    await page.clock.fastForward('01:01:00');
    const warning = page.getByRole('alert').filter({ hasText: 'has not received this computer’s log for over an hour' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/refused/i);
    await screenshotBothSizes(page, testInfo, 'forwarding-warning-en');

    // The same warning in Italian, then Retry from it once the collector is back.
    await openSettings(page);
    await switchToItalian(page);
    // Main sends the refusal as a code: Settings says it in Italian, the collector's address in it.
    const raccoltaFerma = page.getByRole('dialog', { name: 'Impostazioni' }).getByRole('group', { name: 'Raccolta centralizzata' });
    await expect(raccoltaFerma.getByText(`Il raccoglitore ${collector.address} ha rifiutato la connessione: lì non è in ascolto nulla.`)).toBeVisible();
    await raccoltaFerma.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, testInfo, 'forwarding-behind-settings-it');
    await page.keyboard.press('Escape');
    const avviso = page.getByRole('alert').filter({ hasText: 'non riceve il registro di questo computer' });
    await expect(avviso).toBeVisible();
    await expect(avviso).toContainText('ha rifiutato la connessione');
    await expect(avviso).not.toContainText('refused');
    await screenshotBothSizes(page, testInfo, 'forwarding-warning-it');

    await collector.restart();
    await avviso.getByRole('button', { name: 'Riprova ora' }).click();
    await expect(page.getByRole('button', { name: 'Inoltro: Connesso' })).toBeVisible();
    await expect(avviso).toHaveCount(0);
    await collector.waitForLines((lines) => lines.some((l) => l.includes('"type":"header"')), 'the log header at the collector');

    const impostazioni = await openSettings(page, 'Impostazioni');
    const raccolta = impostazioni.getByRole('group', { name: 'Raccolta centralizzata' });
    await expect(raccolta.getByText('Tutte le voci sono al raccoglitore')).toBeVisible();
    await raccolta.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, testInfo, 'forwarding-connected-settings-it');
    await impostazioni.getByRole('radio', { name: 'English', exact: true }).check();
    const collection = page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Central collection' });
    await expect(collection.getByText('Every entry is at the collector')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Forwarding: Connected' })).toBeVisible();
    await collection.scrollIntoViewIfNeeded();
    await screenshotBothSizes(page, testInfo, 'forwarding-connected-settings-en');
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
    await collector?.close();
    collector = null;
  }
});
