import { attachScreenshot, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test as base } from './support/browser-host';

// The OS says Italian and the language setting is "system": the app speaks Italian.
const test = base.extend({
  host: async ({}, use) => {
    const host = await startHost({ PASSCODE_DESK_LOCALE: 'it-IT' });
    await use(host);
    await host.stop();
  },
});

test('the main flow in Italian, following the OS locale', async ({ page, host }, testInfo) => {
  test.setTimeout(300_000);
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

  await panel.getByRole('button', { name: 'Rimuovi il passcode' }).click();
  const dialog = page.getByRole('dialog', { name: /^Rimuovi il passcode/ });
  await dialog.getByLabel(/Riferimento ticket/).fill('INC-IT-7');
  await dialog.getByLabel(/ultimi 4 caratteri del numero di serie/).fill(serial.slice(-4));
  await dialog.getByRole('checkbox', { name: "Ho verificato l'identità del richiedente" }).check();
  await attachScreenshot(page, testInfo, 'conferma');
  await dialog.getByRole('button', { name: 'Conferma: Rimuovi il passcode' }).click();
  await expect(dialog.getByText('Inviata a Intune')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Completata', { timeout: 150_000 });
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Revisione registri' }).click();
  await page.getByRole('button', { name: 'Registro di questo computer' }).click();
  await expect(page.getByRole('row', { name: /DEMO-IOS-18/ })).toContainText('INC-IT-7');
  await expectAccessible(page, 'la revisione dei registri');
  await attachScreenshot(page, testInfo, 'revisione');
  expect(errors).toEqual([]);
});
