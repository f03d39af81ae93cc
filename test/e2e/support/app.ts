import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { DemoControl } from './demo-channel';

/**
 * Steps the end-to-end tests share. Each waits on what the app shows (a
 * heading, a state badge, an enabled button), never on time.
 */

/** Opens the app and fails the test later if the page logs an error. */
export async function openApp(page: Page, launchUrl: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(launchUrl);
  await expect(page.getByRole('heading', { name: 'Passcode Desk', exact: true })).toBeVisible();
  return errors;
}

export async function signInAsDemoTechnician(page: Page, label = 'Sign in as demo technician'): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  // The named rule devices come first in the demo fleet: the first page has landed when one shows.
  await expect(page.getByRole('grid').getByRole('row', { name: /DEMO-IOS-17/ })).toBeVisible();
}

/** Types into the device search box (reached with "/"), then opens the only match with Enter. */
export async function findAndOpen(page: Page, text: string, name: string): Promise<void> {
  await page.getByRole('grid').focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox').first()).toBeFocused();
  await page.keyboard.type(text);
  // The device table's row only: the actions log below may list the same device (a table, not the grid).
  const row = page.getByRole('grid').getByRole('row', { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The serial of the opened device, as the details panel shows it. */
export async function openedSerial(page: Page, label = 'Serial number'): Promise<string> {
  const value = page.locator('.details-panel .fact', { hasText: label }).locator('dd');
  return (await value.textContent())!.trim();
}

/** The confirmation dialog's words in one language. */
export interface ConfirmWords {
  ticket: RegExp;
  lastFour: RegExp;
  identity: string;
  /** Put before the action's name on the confirm button. */
  confirm: string;
}
export const englishConfirm: ConfirmWords = { ticket: /Ticket reference/, lastFour: /last 4 characters/, identity: "I verified the requester's identity", confirm: 'Confirm: ' };
export const italianConfirm: ConfirmWords = {
  ticket: /Riferimento ticket/,
  lastFour: /ultimi 4 caratteri del numero di serie/,
  identity: "Ho verificato l'identità del richiedente",
  confirm: 'Conferma: ',
};

export interface ConfirmSteps {
  /** The button's name, "Remove passcode" or "Reset passcode". */
  action: string;
  ticket: string;
  /** The opened device's serial; its last four characters are typed. */
  serial: string;
  words?: ConfirmWords;
  /** Runs on the filled dialog just before Confirm (a screenshot, a clock to set). */
  beforeConfirm?: (dialog: Locator) => Promise<unknown>;
  /**
   * The demo tenant's control, on a host or door started with it: just before Confirm its clock is set
   * to ours (Intune's clock agrees with ours to within the tracker's allowance) and stands there until
   * the test moves it.
   */
  demo?: DemoControl;
}

/**
 * Starts an action from the opened device's details panel, fills in its
 * confirmation (ticket, the last four characters of the serial, the identity
 * check) and confirms. Returns the dialog, which now follows the action.
 */
export async function confirmFromDetails(page: Page, steps: ConfirmSteps): Promise<Locator> {
  const words = steps.words ?? englishConfirm;
  await page.locator('.details-panel').getByRole('button', { name: steps.action }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${steps.action}`) });
  await dialog.getByLabel(words.ticket).fill(steps.ticket);
  await dialog.getByLabel(words.lastFour).fill(steps.serial.slice(-4));
  await dialog.getByRole('checkbox', { name: words.identity }).check();
  await steps.beforeConfirm?.(dialog);
  await steps.demo?.({ setMs: Date.now() });
  await dialog.getByRole('button', { name: `${words.confirm}${steps.action}` }).click();
  return dialog;
}

/**
 * Resets the passcode of the demo's dedicated Android device (one Intune hands a generated passcode
 * for) on a tenant whose clock stands still, and returns the dialog once the action is sent and
 * Pending: Intune gives the passcode with the action's result, before the device checks in, so
 * Reveal is offered while the test looks.
 */
export async function resetAndWaitPending(page: Page, ticket: string, demo: DemoControl): Promise<Locator> {
  await findAndOpen(page, 'DEMO-AE-DEDICATED-13', 'DEMO-AE-DEDICATED-13');
  const serial = await openedSerial(page);
  const dialog = await confirmFromDetails(page, { action: 'Reset passcode', ticket, serial, demo });
  await expect(dialog.getByText('Sent to Intune')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Pending');
  return dialog;
}

/** Reveals the generated passcode in a progress dialog and returns it as shown. */
export async function revealShownPasscode(dialog: Locator): Promise<string> {
  await dialog.getByRole('button', { name: 'Reveal passcode' }).click();
  const shown = dialog.locator('output.passcode-value');
  await expect(shown).toHaveText(/\S{4,}/);
  return (await shown.textContent())!.trim();
}

/** Presses Copy beside the shown passcode and waits for the button to say it copied. */
export async function copyShownPasscode(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
}

export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

/** A screen to judge, at 1280x720 and 1440x900: kept as files in the test's output folder and attached. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(`${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(`${name}-${size.width}x${size.height}`, { path: file, contentType: 'image/png' });
  }
}

/** No serious or critical axe violation on what is on screen now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([]);
}
