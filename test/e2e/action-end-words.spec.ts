import { confirmFromDetails, englishConfirm, expectAccessible, findAndOpen, italianConfirm, openApp, openedSerial, signInAsDemoTechnician, type ConfirmWords } from './support/app';
import { expect, fastPace, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// How an action ended, in the window's language: a failure Intune reports from the
// device (with Intune's own error number), and a request Graph refused before
// anything reached the device (a 429 whose wait is too long to sit out). The demo
// tenant's clock stands still and its fault is scripted through the host's
// test-only demo control, so nothing here waits on real time passing.

interface Words {
  locale: string;
  signIn: string;
  serial: string;
  remove: string;
  confirm: ConfirmWords;
  pending: string;
  failed: string;
  intuneCode: string;
  unlockToken: string;
  throttled: string;
  notReached: string;
  next: string;
  refusedTitle: string;
}

const languages: Record<'en' | 'it', Words> = {
  en: {
    locale: 'en-GB',
    signIn: 'Sign in as demo technician',
    serial: 'Serial number',
    remove: 'Remove passcode',
    confirm: englishConfirm,
    pending: 'Pending',
    failed: 'Failed',
    intuneCode: "Intune's error code: 2016345061.",
    unlockToken: 'unlock token',
    throttled: 'Intune is limiting requests right now (429). Try again in 5 minutes.',
    notReached: 'Nothing reached the device: Intune refused the request, or it was not sent.',
    next: 'What to do next',
    refusedTitle: 'An earlier request for this device never reached it',
  },
  it: {
    locale: 'it-IT',
    signIn: 'Accedi come tecnico demo',
    serial: 'Numero di serie',
    remove: 'Rimuovi il passcode',
    confirm: italianConfirm,
    pending: 'In sospeso',
    failed: 'Non riuscita',
    intuneCode: 'Codice di errore di Intune: 2016345061.',
    unlockToken: 'token di sblocco',
    throttled: 'Intune sta limitando le richieste in questo momento (429). Riprova tra 5 minuti.',
    notReached: 'Nulla ha raggiunto il dispositivo: Intune ha rifiutato la richiesta, oppure non è stata inviata.',
    next: 'Cosa fare ora',
    refusedTitle: 'Una richiesta precedente per questo dispositivo non lo ha raggiunto',
  },
};

for (const [lang, words] of Object.entries(languages)) {
  test(`a failure on the device and a request Graph refused are each told in the window's language (${lang})`, async ({ page }, testInfo) => {
    const host = await startHost({ PASSCODE_DESK_LOCALE: words.locale }, { demoControl: true });
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, words.signIn);

      // Intune reports the end from the device: the reason names the cause and Intune's error number.
      await findAndOpen(page, 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN');
      let serial = await openedSerial(page, words.serial);
      const failing = await confirmFromDetails(page, { action: words.remove, ticket: 'INC-SHOT-1', serial, words: words.confirm, demo: host.demo });
      // Intune has queued it before its clock moves on, or the move would come before the action's start.
      await expect(failing.getByRole('status')).toContainText(words.pending);
      await host.demo({ advanceMs: fastPace.toDoneMs });
      await expect(failing.getByRole('status')).toContainText(words.failed);
      await expect(failing.locator('.action-outcome')).toContainText(words.intuneCode);
      await expect(failing.locator('.action-outcome')).toContainText(words.unlockToken);
      await screenshotBothSizes(page, testInfo, `${lang}-progress-failed-on-device`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.keyboard.press('Escape');
      await expect(failing).toHaveCount(0);
      const failedOutcome = page.locator('.actions-table .outcome-row').first();
      await expect(failedOutcome).toContainText(words.intuneCode);
      await expect(failedOutcome).toContainText(words.next);

      // Intune throttles the reset with a wait too long to sit out: nothing reached the device, and the row says so.
      await page.getByRole('searchbox').first().fill('');
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      serial = await openedSerial(page, words.serial);
      await host.demo({ fault: { route: 'resetPasscode', kind: '429', retryAfter: 300 } });
      const refused = await confirmFromDetails(page, { action: words.remove, ticket: 'INC-SHOT-2', serial, words: words.confirm, demo: host.demo });
      const refusal = refused.locator('.notice-error[role="alert"]');
      await expect(refusal).toContainText(words.throttled);
      // The refusal comes in below the form: it is brought into view, not left under the fold.
      await expect(refusal).toBeInViewport();
      await screenshotBothSizes(page, testInfo, `${lang}-confirm-graph-throttled`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.keyboard.press('Escape');
      await expect(refused).toHaveCount(0);
      const refusedRow = page.locator('.actions-table tbody tr[data-action-id]', { hasText: 'INC-SHOT-2' });
      await expect(refusedRow.locator('.state-badge')).toContainText(words.failed);
      const refusedOutcome = page.locator(`.outcome-row[data-outcome-for="${await refusedRow.getAttribute('data-action-id')}"]`);
      await expect(refusedOutcome).toContainText(words.throttled);
      await expect(refusedOutcome).toContainText(words.notReached);
      await expect(refusedOutcome).not.toContainText(words.unlockToken);

      // Asked again, the dialog names the refused request apart, with its reason, and asks no second
      // confirmation for it: nothing reached the device, so there is no recent action to weigh.
      await page.locator('.details-panel').getByRole('button', { name: words.remove }).click();
      const again = page.getByRole('dialog', { name: new RegExp(`^${words.remove}`) });
      const note = again.getByTestId('refused-attempt');
      await expect(note).toContainText(words.refusedTitle);
      await expect(note).toContainText(words.throttled);
      await expect(again.locator('.recent-warning')).toHaveCount(0);
      await again.getByLabel(words.confirm.ticket).fill('INC-SHOT-3');
      await again.getByLabel(words.confirm.lastFour).fill(serial.slice(-4));
      await again.getByRole('checkbox', { name: words.confirm.identity }).check();
      await expect(again.getByRole('button', { name: `${words.confirm.confirm}${words.remove}` })).toBeEnabled();
      await screenshotBothSizes(page, testInfo, `${lang}-confirm-after-refusal`);
      await page.setViewportSize({ width: 1280, height: 720 });
      // Main's own recent-action check agrees: the request goes out without the second confirmation.
      await host.demo({ setMs: Date.now() });
      await again.getByRole('button', { name: `${words.confirm.confirm}${words.remove}` }).click();
      await expect(again.getByRole('status')).toContainText(words.pending);
      await page.keyboard.press('Escape');
      await expect(again).toHaveCount(0);

      // A ticket id reads as one word at both window sizes: never broken across lines.
      for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
        await page.setViewportSize(size);
        for (const ticket of ['INC-SHOT-1', 'INC-SHOT-2']) {
          const cell = page.locator('.actions-table td.ticket-cell', { hasText: ticket });
          await expect(cell).toHaveText(ticket);
          await expect(cell).toHaveAttribute('title', ticket);
          const lines = await cell.evaluate((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          });
          expect(lines, `${ticket} at ${size.width}px`).toBe(1);
        }
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      await expectAccessible(page, 'the actions log with a failure on the device and a refused request');
      await screenshotBothSizes(page, testInfo, `${lang}-actions-log-ends`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
