import { attachScreenshot, confirmFromDetails, expectAccessible, findAndOpen, italianConfirm, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// The OS says Italian and the language setting is "system": the app speaks Italian.
// The demo tenant's clock moves only when the test moves it: nothing waits on real time.
const test = controlledTest({ PASSCODE_DESK_LOCALE: 'it-IT' });

test('the main flow in Italian, following the OS locale', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await expect(page.getByRole('heading', { name: 'Accedi a Passcode Desk' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expectAccessible(page, 'la schermata di accesso');
  await attachScreenshot(page, testInfo, 'accesso');
  await signInAsDemoTechnician(page, 'Accedi come tecnico demo');

  await findAndOpen(page, 'DEMO-IOS-18', 'DEMO-IOS-18');
  const serial = await openedSerial(page, 'Numero di serie');
  const panel = page.locator('.details-panel');
  await expect(panel).toContainText('Il passcode viene rimosso dal dispositivo');
  await expectAccessible(page, 'i dettagli del dispositivo');
  await attachScreenshot(page, testInfo, 'dispositivi');

  const dialog = await confirmFromDetails(page, {
    action: 'Rimuovi il passcode',
    ticket: 'INC-IT-7',
    serial,
    words: italianConfirm,
    beforeConfirm: async () => {
      await attachScreenshot(page, testInfo, 'conferma');
      await host.demo({ setMs: Date.now() }); // Intune's clock agrees with ours from here on
    },
  });
  await expect(dialog.getByText('Inviata a Intune')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('In sospeso');
  await host.demo({ advanceMs: fastPace.toDoneMs });
  await expect(dialog.getByRole('status')).toContainText('Completata');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Revisione registri' }).click();
  await page.getByRole('button', { name: 'Registro di questo computer' }).click();
  await expect(page.getByRole('row', { name: /DEMO-IOS-18/ })).toContainText('INC-IT-7');
  await expectAccessible(page, 'la revisione dei registri');
  await attachScreenshot(page, testInfo, 'revisione');

  // The filter dates are written the Italian way (Chromium's own date field would say mm/dd/yyyy).
  const from = page.getByLabel('Dal', { exact: true });
  await expect(from).toHaveAttribute('placeholder', 'gg/mm/aaaa');
  await expect(page.getByLabel('Al', { exact: true })).toHaveAttribute('placeholder', 'gg/mm/aaaa');
  await from.fill('31/11/2026');
  await expect(page.getByRole('alert').filter({ hasText: 'Scrivi la data come gg/mm/aaaa; fino ad allora non filtra.' })).toBeVisible();
  await expect(page.getByText(/Write the date|dd\/mm|mm\/dd/)).toHaveCount(0);
  await screenshotBothSizes(page, testInfo, 'review-date-invalid-it');
  await from.fill('01/01/2099');
  await expect(page.getByRole('row', { name: /DEMO-IOS-18/ })).toHaveCount(0);
  const today = new Date();
  const italianToday = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') + `/${today.getFullYear()}`;
  await from.fill(italianToday);
  await expect(page.getByRole('row', { name: /DEMO-IOS-18/ })).toContainText('INC-IT-7');
  await screenshotBothSizes(page, testInfo, 'review-date-it');
  expect(errors).toEqual([]);
});
