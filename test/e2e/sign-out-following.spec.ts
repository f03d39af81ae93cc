import { passcodeActionLabels } from '../../shared/rules/passcode-text';
import { en } from '../../renderer/i18n/en';
import { it as itMessages } from '../../renderer/i18n/it';
import { passcodeActionLabelsIt } from '../../renderer/i18n/passcode-it';
import { englishConfirm, expectAccessible, confirmFromDetails, findAndOpen, italianConfirm, openApp, openedSerial, signInAsDemoTechnician } from './support/app';
import { expect, startHost, test } from './support/browser-host';
import { fastPace } from './support/demo-channel';
import { screenshotBothSizes } from './support/screens';

/**
 * Sign-out while an action is still followed: the app asks first and says what happens (nothing is
 * cancelled; following waits for the next sign-in; the deadline), and after signing out and in again
 * the action is followed to its end, as the dialog said.
 */
const languages = [
  { name: 'en', locale: 'en-US', t: en, words: englishConfirm, reset: passcodeActionLabels.reset },
  { name: 'it', locale: 'it-IT', t: itMessages, words: italianConfirm, reset: passcodeActionLabelsIt.reset },
] as const;

for (const { name: language, locale, t, words, reset } of languages) {
  test(`sign-out while an action is followed asks first, and following resumes after signing in (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const host = await startHost({ PASSCODE_DESK_LOCALE: locale }, { demoControl: true });
    try {
      const errors = await openApp(page, host.launchUrl);
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
      const serial = await openedSerial(page, t.details.serial);
      const dialog = await confirmFromDetails(page, { action: reset, ticket: 'INC-SIGNOUT', serial, words, demo: host.demo });
      await expect(dialog.getByText(t.confirm.sentTitle)).toBeVisible();
      await expect(dialog.getByRole('status')).toContainText(t.states.pending);
      await dialog.getByRole('button', { name: t.common.close }).click();

      await page.getByRole('button', { name: t.shell.signOut }).click();
      const ask = page.getByRole('dialog', { name: t.shell.signOutFollowingTitle(1) });
      await expect(ask).toContainText('DEMO-AE-DEDICATED-13');
      await expect(ask).toContainText(t.shell.signOutPaused(1));
      await expect(ask.getByRole('button', { name: t.shell.staySignedIn })).toBeFocused();
      await expectAccessible(page, `the sign-out question (${language})`);
      await screenshotBothSizes(page, testInfo, `sign-out-following-${language}`);
      await ask.getByRole('button', { name: t.shell.signOut }).click();
      await expect(page.getByRole('button', { name: t.start.demoSignIn })).toBeVisible();

      // Intune moves on while nobody is signed in; after signing in again the action is followed to its end.
      await host.demo({ advanceMs: fastPace.toDoneMs + 1_000 });
      await signInAsDemoTechnician(page, t.start.demoSignIn);
      const row = page.locator('.actions-panel').getByRole('row', { name: /INC-SIGNOUT/ });
      await expect(row).toContainText(t.states.done, { timeout: 120_000 });
      // Nothing is followed now: Sign out asks nothing.
      await page.getByRole('button', { name: t.shell.signOut }).click();
      await expect(page.getByRole('button', { name: t.start.demoSignIn })).toBeVisible();
      expect(errors).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
