import type { Page } from '@playwright/test';
import { en } from '../../renderer/i18n/en';
import { it as itMessages } from '../../renderer/i18n/it';
import { expectAccessible, findAndOpen, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { screenshotBothSizes } from './support/screens';

/**
 * What real tenants answer, seen in the app: the missing-role message (the
 * demo technician robin.novak has no Reset passcode role), the unlock-token
 * warning before confirming, and a passcode revealed again with a reason.
 * In English and Italian, each screen at both window sizes.
 */
const languages = [
  { name: 'en', locale: 'en-US', t: en },
  { name: 'it', locale: 'it-IT', t: itMessages },
] as const;

type Messages = typeof en;

/** Fills the confirm dialog as a technician would, in whatever language, and confirms. */
async function confirmAction(page: Page, t: Messages, serial: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[id$="-ticket"]').fill('INC-7001');
  const tail = dialog.locator('input[id$="-tail"]');
  if ((await tail.count()) > 0) await tail.fill(serial.slice(-4));
  await dialog.getByRole('checkbox', { name: t.confirm.identity }).check();
  await dialog.locator('.modal-footer .button-danger').click();
}

for (const language of languages) {
  const { t } = language;

  test(`missing Intune role: the app says what to ask for, not "sign in again" (${language.name})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const host = await startHost({ PASSCODE_DESK_LOCALE: language.locale, PASSCODE_DESK_DEMO_TECHNICIAN: 'robin.novak' });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      const serial = await openedSerial(page, t.details.serial);
      await page.locator('.details-panel .button-action').click();
      await confirmAction(page, t, serial);
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(t.checks.notPermittedTitle)).toBeVisible({ timeout: 60_000 });
      await expect(dialog.getByText(t.checks.missing['intune-role-reset']!)).toBeVisible();
      // Sending again would be refused the same way: the footer offers Close, not a second Confirm.
      await expect(dialog.locator('.modal-footer .button-danger')).toHaveCount(0);
      await expect(dialog.getByText(t.confirm.refusedHint)).toBeVisible();
      await expect(dialog.getByRole('button', { name: t.common.close })).toBeFocused();
      // The refusal sits under the form in the dialog's scrolling body: bring it into view for the screenshot.
      await dialog.getByText(t.checks.notPermittedTitle).scrollIntoViewIfNeeded();
      await screenshotBothSizes(page, testInfo, `missing-role-${language.name}`);
      // Back in the panel the refusal is said before any dialog: the action is off on this device, with why.
      await dialog.getByRole('button', { name: t.common.close }).click();
      const action = page.locator('.details-panel .button-action');
      await expect(action).toBeDisabled();
      const here = page.getByTestId('account-refusal');
      await expect(here.getByText(t.details.refusedHereTitle)).toBeVisible();
      await expect(here.getByText(t.checks.missing['intune-role-reset']!)).toBeVisible();
      await expectAccessible(page, `the refused device's panel (${language.name})`);
      await screenshotBothSizes(page, testInfo, `missing-role-panel-${language.name}`);
      // Another device: a role can cover some devices and not others, so the action stays on, with a warning.
      await findAndOpen(page, 'DEMO-IOS-18', 'DEMO-IOS-18');
      await expect(action).toBeEnabled();
      await expect(page.getByTestId('account-refusal').getByText(t.details.refusedElsewhereTitle)).toBeVisible();
      await expect(page.getByTestId('account-refusal')).toContainText('DEMO-IOS-17');
      await screenshotBothSizes(page, testInfo, `missing-role-other-device-${language.name}`);
      // A reload (or a re-opened window) still knows the refusal: main keeps it for this account until sign-out.
      await page.reload();
      await expect(page.getByRole('grid')).toBeVisible();
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      await expect(action).toBeDisabled();
      await expect(page.getByTestId('account-refusal').getByText(t.details.refusedHereTitle)).toBeVisible();
      await screenshotBothSizes(page, testInfo, `missing-role-after-reload-${language.name}`);
      // Signing out and in again (after an administrator granted the role) starts clean.
      await page.getByRole('button', { name: t.shell.signOut }).click();
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-IOS-17', 'DEMO-IOS-17');
      await expect(action).toBeEnabled();
      await expect(page.getByTestId('account-refusal')).toHaveCount(0);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });

  test(`no unlock token: warned in the details and the confirm dialog, and the action stays possible (${language.name})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const host = await startHost({ PASSCODE_DESK_LOCALE: language.locale });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN', 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN');
      const serial = await openedSerial(page, t.details.serial);
      const details = page.locator('.details-panel');
      // The export job takes several polls: the check says so and the action button is usable meanwhile.
      await expect(details.locator('.button-action')).toBeEnabled();
      await expect(details.getByTestId('unlock-token-warning')).toContainText(t.checks.unlockMissingTitle, { timeout: 60_000 });
      await expect(details.getByTestId('passcode-policy-present')).toBeVisible();
      await screenshotBothSizes(page, testInfo, `unlock-token-details-${language.name}`);

      await details.locator('.button-action').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByTestId('unlock-token-warning')).toBeVisible();
      // A check never holds the action back: with the form filled, Confirm is enabled despite the warning.
      await dialog.locator('input[id$="-ticket"]').fill('INC-7001');
      await dialog.locator('input[id$="-tail"]').fill(serial.slice(-4));
      await dialog.getByRole('checkbox', { name: t.confirm.identity }).check();
      await expect(dialog.locator('.modal-footer .button-danger')).toBeEnabled();
      await dialog.getByTestId('unlock-token-warning').scrollIntoViewIfNeeded();
      await screenshotBothSizes(page, testInfo, `unlock-token-confirm-${language.name}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });

  test(`reveal again: the passcode is read from Intune again after a reason is given (${language.name})`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    // The page's clock runs normally until the passcode is shown, then stands still for the screenshots.
    // The demo tenant's stands still throughout (the host's test-only demo control): the action stays
    // Pending and Intune keeps its passcode for as long as the test takes, however loaded the machine.
    await page.clock.install();
    const host = await startHost({ PASSCODE_DESK_LOCALE: language.locale }, { demoControl: true });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
      const serial = await openedSerial(page, t.details.serial);
      await page.locator('.details-panel .button-action').click();
      await host.demo({ setMs: Date.now() }); // Intune's clock agrees with ours
      await confirmAction(page, t, serial);
      const dialog = page.getByRole('dialog');
      // The one-time reveal is used and hides itself before the user wrote it down. Only then does the
      // actions log offer "Reveal again" (while the one-time reveal is unused it offers that instead).
      const reveal = dialog.getByRole('button', { name: t.actions.reveal });
      await expect(reveal).toBeVisible();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
      await reveal.click();
      await expect(dialog.locator('.passcode-value')).toHaveText(/\S{4,}/);
      await page.clock.runFor(60_000);
      await expect(dialog.locator('.passcode-value')).toHaveCount(0);
      await dialog.getByRole('button', { name: t.common.close, exact: true }).click();
      await expect(dialog).toHaveCount(0);

      const row = page.locator('.actions-table tbody tr', { hasText: 'DEMO-AE-DEDICATED-13' }).first();
      await row.getByRole('button', { name: t.checks.revealAgain }).click();
      const again = page.getByRole('dialog');
      await again.locator('textarea').fill('The call dropped before the user wrote it down');
      // The page clock still stands still, so the countdown below is the one we read.
      await again.getByRole('button', { name: t.checks.revealAgainButton }).click();
      await expect(again.locator('.passcode-value')).toHaveText(/\S{4,}/);
      await expect(again).toContainText(t.actions.hidesIn(60));
      await screenshotBothSizes(page, testInfo, `reveal-again-${language.name}`);
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
