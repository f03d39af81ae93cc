import { attachScreenshot, confirmFromDetails, expectAccessible, findAndOpen, italianConfirm, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace } from './support/browser-host';

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
  expect(errors).toEqual([]);
});
