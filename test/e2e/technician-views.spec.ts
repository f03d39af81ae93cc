import { confirmFromDetails, expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { controlledTest, expect, fastPace, startHost } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

// The demo tenant's clock stands still until a test moves it (the host's test-only demo control):
// an action ends when the test says, however loaded the machine, never after real seconds.
const test = controlledTest();

// Issue 18, continued: the device table, the details of a device Intune cannot help with, focus after
// each step that replaces what had it, and the Italian UI as an Italian Intune admin reads it.

test('the device table tells look-alike devices apart; an ineligible device says what Intune offers and links to its Intune page', async ({ page, host }, testInfo) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  // Sign-in replaced the button that had focus: the technician starts typing in the search at once.
  await expect(page.getByRole('searchbox', { name: 'Search devices' })).toBeFocused();

  await expect(page.getByRole('columnheader', { name: 'Serial number' })).toBeVisible();
  await findAndOpen(page, 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE', 'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE');
  const serial = await openedSerial(page);
  const row = page.getByRole('row', { name: /DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE/ });
  await expect(row.getByRole('gridcell').nth(2)).toHaveText(serial);
  // The selected device in full under the table, however narrow its column.
  await expect(page.getByTestId('selected-device-line')).toContainText(`DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE · ${serial}`);

  // The Device column widens from the keyboard until the whole name shows.
  const nameCell = row.getByRole('gridcell').first();
  const truncated = await nameCell.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(truncated).toBe(true);
  const resizer = page.getByRole('separator', { name: 'Resize the Device column' });
  await resizer.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(resizer).toHaveAttribute('aria-valuenow', '312');
  // The resizer's aria-valuenow and the table's --name-col width come from one state in one React commit, and
  // reading scrollWidth lays the page out at once: once the attribute shows 312, the width is applied too.
  expect(await nameCell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.keyboard.press('Home');
  await expect(resizer).toHaveAttribute('aria-valuenow', '120');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await screenshotBothSizes(page, testInfo, 'devices-serial-column');

  await page.getByRole('searchbox').first().fill('');
  await findAndOpen(page, 'DEMO-DA-7.0', 'DEMO-DA-7.0');
  const panel = page.locator('.details-panel');
  await expect(panel).toContainText('What Intune offers instead');
  await expect(panel).toContainText('Remote lock and Wipe');
  const link = panel.getByRole('link', { name: /Open in Intune admin center/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^https:\/\/intune\.microsoft\.com\/[^/]+\/#view\/Microsoft_Intune_Devices\/DeviceSettingsMenuBlade\/~\/overview\/mdmDeviceId\/[^/]+$/);
  await expectAccessible(page, 'the details of an ineligible device with its alternatives');
  await screenshotBothSizes(page, testInfo, 'details-ineligible-alternatives');

  // A dedicated device has no user: the text says who gets the passcode instead, once.
  await page.getByRole('searchbox').first().fill('');
  await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
  await expect(panel).toContainText('This device has no user');
  await expect(panel).not.toContainText('give it to the user');
  await screenshotBothSizes(page, testInfo, 'details-dedicated');
  expect(errors).toEqual([]);
});

test('focus lands somewhere after Reveal, Hide now and Save connection, and Escape still closes the dialog', async ({ page, host }) => {
  const errors = await openApp(page, host.launchUrl);
  await signInAsDemoTechnician(page);
  await findAndOpen(page, 'DEMO-AE-FULLY-MANAGED-14', 'DEMO-AE-FULLY-MANAGED-14');
  const serial = await openedSerial(page);
  const dialog = await confirmFromDetails(page, {
    action: 'Reset passcode',
    ticket: 'INC-4040',
    serial,
    demo: host.demo,
  });
  // The generated passcode comes with the action's result while it is Pending (the tenant's clock stands still).
  await expect(dialog.getByRole('status')).toContainText('Pending');
  const reveal = dialog.getByRole('button', { name: 'Reveal passcode' });
  await expect(reveal).toBeVisible();
  await reveal.click();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Hide now' }).click();
  await expect(dialog.getByText('cannot be shown a second time')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Tenant', { exact: true }).fill('contoso.onmicrosoft.com');
  await settings.getByLabel('Client ID').fill('1b2c3d4e-0000-4000-8000-00000000abcd');
  await settings.getByRole('button', { name: 'Save connection' }).click();
  await expect(settings.getByText('Saved.')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the Italian UI: Intune’s own terms, one number format, the reason and next step, the alternatives', async ({ page }, testInfo) => {
  const host = await startHost({ PASSCODE_DESK_LOCALE: 'it-IT' }, { demoControl: true });
  try {
    const errors = await openApp(page, host.launchUrl);
    await expect(page.getByText(': 2.500 dispositivi simulati')).toBeVisible();
    await screenshotBothSizes(page, testInfo, 'it-accesso');
    await signInAsDemoTechnician(page, 'Accedi come tecnico demo');
    await expect(page.locator('.device-count')).toHaveText('2.500 dispositivi', { timeout: 60_000 });
    await expect(page.getByRole('heading', { name: 'Azioni del dispositivo' })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Tutti i dispositivi' })).toBeVisible();

    await findAndOpen(page, 'DEMO-DA-7.0', 'DEMO-DA-7.0');
    const panel = page.locator('.details-panel');
    await expect(panel).toContainText('Cosa offre Intune in alternativa');
    await expect(panel).toContainText('Motivo');
    await expect(page.locator('.device-count')).toHaveText('1 di 2.500 dispositivi');
    await screenshotBothSizes(page, testInfo, 'it-dettagli-non-idoneo');

    await page.getByRole('searchbox').first().fill('');
    await findAndOpen(page, 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN');
    const serial = await openedSerial(page, 'Numero di serie');
    await panel.getByRole('button', { name: 'Rimuovi il passcode' }).click();
    const dialog = page.getByRole('dialog', { name: /^Rimuovi il passcode/ });
    await expect(dialog).toContainText('Account Apple');
    await dialog.getByLabel(/Riferimento ticket/).fill('INC-IT-9');
    await dialog.getByLabel(/ultimi 4 caratteri del numero di serie o del codice IMEI/).fill(serial.slice(-4));
    await dialog.getByRole('checkbox', { name: "Ho verificato l'identità del richiedente" }).check();
    await screenshotBothSizes(page, testInfo, 'it-conferma');
    await host.demo({ setMs: Date.now() });
    await dialog.getByRole('button', { name: 'Conferma: Rimuovi il passcode' }).click();
    await expect(dialog.getByRole('status')).toContainText('In sospeso');
    await host.demo({ advanceMs: fastPace.toDoneMs });
    await expect(dialog.getByRole('status')).toContainText('Non riuscita');
    await expect(page.getByRole('dialog', { name: 'Rimuovi il passcode: Non riuscita' })).toBeVisible();
    await screenshotBothSizes(page, testInfo, 'it-avanzamento-non-riuscita');
    await page.keyboard.press('Escape');
    const outcome = page.locator('.actions-table .outcome-row').first();
    await expect(outcome).toContainText('Cosa fare ora');
    await expect(outcome).toContainText('token di sblocco');
    await expectAccessible(page, 'l’area di lavoro in italiano con un’azione non riuscita');
    await screenshotBothSizes(page, testInfo, 'it-registro-azioni-motivo');
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});
