import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';

// A reset whose answer from Intune is lost (a 502 before Intune queued it) ends
// "Outcome unknown". The technician closes it by hand with a note, and the next
// confirmation on that device warns and asks for a second confirmation. The demo
// tenant's fault is scripted through the host's test-only demo control, and its
// clock stands still, so nothing here waits on real time passing.

interface Words {
  locale: string;
  signIn: string;
  serial: string;
  remove: string;
  ticket: RegExp;
  tail: RegExp;
  identity: string;
  confirm: string;
  sent: string;
  unknown: string;
  closeByHand: string;
  closeTitle: RegExp;
  noteLabel: string;
  closeConfirm: string;
  closed: string;
  warning: string;
  acknowledge: RegExp;
  pending: string;
  note: string;
  cancelsNothing: string;
}

const languages: Record<'en' | 'it', Words> = {
  en: {
    locale: 'en-GB',
    signIn: 'Sign in as demo technician',
    serial: 'Serial number',
    remove: 'Remove passcode',
    ticket: /Ticket reference/,
    tail: /last 4 characters/,
    identity: "I verified the requester's identity",
    confirm: 'Confirm: Remove passcode',
    sent: 'Sent to Intune',
    unknown: 'Outcome unknown',
    closeByHand: 'Close by hand…',
    closeTitle: /^Close the action on DEMO-IOS-17 by hand/,
    noteLabel: 'What you checked and found',
    closeConfirm: 'Close the action',
    closed: 'Closed by hand',
    warning: 'The outcome of the last passcode action on this device is not known',
    acknowledge: /^I checked the device and its Device actions in Intune/,
    pending: 'Pending',
    note: 'User says the passcode did not change; Device actions in Intune lists no reset.',
    cancelsNothing: 'Closing cancels nothing in Intune',
  },
  it: {
    locale: 'it-IT',
    signIn: 'Accedi come tecnico demo',
    serial: 'Numero di serie',
    remove: 'Rimuovi il passcode',
    ticket: /Riferimento ticket/,
    tail: /ultimi 4 caratteri del numero di serie/,
    identity: "Ho verificato l'identità del richiedente",
    confirm: 'Conferma: Rimuovi il passcode',
    sent: 'Inviata a Intune',
    unknown: 'Esito sconosciuto',
    closeByHand: 'Chiudi a mano…',
    closeTitle: /^Chiudi a mano l'azione su DEMO-IOS-17/,
    noteLabel: 'Cosa hai controllato e trovato',
    closeConfirm: "Chiudi l'azione",
    closed: 'Chiusa a mano',
    warning: "L'esito dell'ultima azione sul passcode di questo dispositivo non è noto",
    acknowledge: /^Ho controllato il dispositivo e le sue Azioni del dispositivo in Intune/,
    pending: 'In sospeso',
    note: "L'utente dice che il passcode non è cambiato; in Intune le Azioni del dispositivo non elencano alcun reset.",
    cancelsNothing: 'La chiusura non annulla nulla in Intune',
  },
};

const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

/** The view as it is now, at both window sizes a technician's laptop has, attached to the report. */
async function screenshotAtBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(`${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(`${name}-${size.width}x${size.height}`, { path: file, contentType: 'image/png' });
  }
  if (before) await page.setViewportSize(before);
}

for (const [lang, words] of Object.entries(languages)) {
  test(`a reset whose answer was lost is closed by hand, and the next one warns and asks twice (${lang})`, async ({ page }, testInfo) => {
    const host = await startHost({ PASSCODE_DESK_LOCALE: words.locale }, { demoControl: true });
    try {
      await page.setViewportSize(sizes[0]!);
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, words.signIn);
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      const serial = await openedSerial(page, words.serial);
      const panel = page.locator('.details-panel');
      const dialog = page.getByRole('dialog', { name: new RegExp(`^${words.remove}`) });
      const fillIn = async (ticket: string) => {
        await dialog.getByLabel(words.ticket).fill(ticket);
        await dialog.getByLabel(words.tail).fill(serial.slice(-4));
        await dialog.getByRole('checkbox', { name: words.identity }).check();
      };

      // Intune never sees the POST: the answer is a 502, so nobody knows whether the reset was queued.
      await host.demo({ setMs: Date.now() });
      await host.demo({ fault: { route: 'resetPasscode', kind: '502' } });
      await panel.getByRole('button', { name: words.remove }).click();
      await fillIn('INC-LOST-1');
      await dialog.getByRole('button', { name: words.confirm }).click();
      await expect(dialog.getByText(words.sent)).toBeVisible();
      await expect(dialog.getByRole('status')).toContainText(words.unknown);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // Asked again while it is unknown: the dialog says so before anything else, and Confirm waits for the tick.
      await panel.getByRole('button', { name: words.remove }).click();
      const warning = dialog.locator('.unknown-outcome-warning');
      await expect(warning).toContainText(words.warning);
      await expect(warning).toContainText(words.unknown);
      await fillIn('INC-LOST-2');
      await expect(dialog.getByRole('button', { name: words.confirm })).toBeDisabled();
      await expectAccessible(page, 'the confirmation dialog warning of an unknown outcome');
      await screenshotAtBothSizes(page, testInfo, `${lang}-confirm-unknown-outcome`);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // The technician checked the device and the portal, and closes the lost action with a note.
      const row = page.locator('.actions-table tbody tr', { hasText: 'INC-LOST-1' });
      await expect(row.locator('.state-badge')).toContainText(words.unknown);
      await row.getByRole('button', { name: words.closeByHand }).click();
      const closeDialog = page.getByRole('dialog', { name: words.closeTitle });
      const closeButton = closeDialog.getByRole('button', { name: words.closeConfirm });
      await expect(closeButton).toBeDisabled();
      await expect(closeDialog).toContainText(words.cancelsNothing);
      await closeDialog.getByLabel(words.noteLabel).fill(words.note);
      await expect(closeButton).toBeEnabled();
      await expectAccessible(page, 'the close-by-hand dialog');
      await screenshotAtBothSizes(page, testInfo, `${lang}-close-by-hand`);
      await closeButton.click();
      await expect(closeDialog).toHaveCount(0);
      await expect(row.locator('.state-badge')).toContainText(words.closed);
      await expect(row.getByRole('button', { name: words.closeByHand })).toHaveCount(0);

      // A new reset on the device still asks for the second confirmation, naming the closed action.
      await panel.getByRole('button', { name: words.remove }).click();
      await expect(warning).toContainText(words.closed);
      await fillIn('INC-LOST-3');
      const confirm = dialog.getByRole('button', { name: words.confirm });
      await expect(confirm).toBeDisabled();
      await warning.getByRole('checkbox', { name: words.acknowledge }).check();
      await expect(confirm).toBeEnabled();
      await confirm.click();
      await expect(dialog.getByText(words.sent)).toBeVisible();
      await expect(dialog.getByRole('status')).toContainText(words.pending);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
