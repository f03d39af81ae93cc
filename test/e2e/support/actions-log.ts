import { expect, type Locator, type Page } from '@playwright/test';
import { passcodeActionLabels } from '../../../shared/rules/passcode-text';
import { en } from '../../../renderer/i18n/en';
import { it as itMessages } from '../../../renderer/i18n/it';
import type { Messages } from '../../../renderer/i18n/messages';
import { passcodeActionLabelsIt } from '../../../renderer/i18n/passcode-it';
import { confirmFromDetails, englishConfirm, findAndOpen, italianConfirm, openedSerial } from './app';
import type { DemoControl } from './demo-channel';
import { fastPace } from './demo-channel';

/**
 * A technician following several actions at 1280x720 (issue of walk s11, finding 10): one failure with its Why
 * and What to do next, and three more still pending. Shared by the browser host's and the Electron door's specs.
 */
export interface LogLanguage {
  readonly t: Messages;
  readonly words: typeof englishConfirm;
  readonly remove: string;
  readonly reset: string;
}
export const english: LogLanguage = { t: en, words: englishConfirm, remove: passcodeActionLabels.remove, reset: passcodeActionLabels.reset };
export const italian: LogLanguage = { t: itMessages, words: italianConfirm, remove: passcodeActionLabelsIt.remove, reset: passcodeActionLabelsIt.reset };

const followed = [
  { name: 'DEMO-IOS-17', kind: 'remove' },
  { name: 'DEMO-IOS-18', kind: 'remove' },
  { name: 'DEMO-AE-FULLY-MANAGED-14', kind: 'reset' },
] as const;

async function send(page: Page, language: LogLanguage, name: string, action: string, demo: DemoControl, ticket: string): Promise<void> {
  await page.getByRole('searchbox').first().fill('');
  await findAndOpen(page, name, name);
  const serial = await openedSerial(page, language.t.details.serial);
  const dialog = await confirmFromDetails(page, { action, ticket, serial, words: language.words, demo });
  await expect(dialog.getByText(language.t.confirm.sentTitle)).toBeVisible();
  await dialog.getByRole('button', { name: language.t.common.close }).click();
  await expect(dialog).toBeHidden();
}

/** Sends one removal that fails (no passcode policy), lets it end, then three that stay pending; returns their tickets. */
export async function followFourActions(page: Page, language: LogLanguage, demo: DemoControl): Promise<string[]> {
  await send(page, language, 'DEMO-FAIL-IOS-NO-POLICY', language.remove, demo, 'INC-LOG-0');
  await demo({ advanceMs: fastPace.toDoneMs + 1_000 });
  await expect(page.locator('.actions-panel').getByRole('row', { name: /INC-LOG-0/ })).toContainText(language.t.states.failed);
  const tickets = ['INC-LOG-0'];
  for (const [index, device] of followed.entries()) {
    const ticket = `INC-LOG-${index + 1}`;
    await send(page, language, device.name, language[device.kind], demo, ticket);
    tickets.push(ticket);
  }
  return tickets;
}

/** Whether `inner` lies wholly inside `outer` on screen (a pixel of rounding allowed). */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  return a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1 && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

/** The action rows (and failure explanations) shown whole in the log without scrolling it. */
export async function rowsInView(page: Page): Promise<{ rows: number; outcomes: number }> {
  const body = page.locator('.actions-panel .panel-body');
  await body.evaluate((element) => element.scrollTo(0, 0));
  let rows = 0;
  for (const row of await page.locator('.actions-panel tbody tr[data-action-id]').all()) if (await within(row, body)) rows += 1;
  let outcomes = 0;
  for (const row of await page.locator('.actions-panel tbody tr.outcome-row').all()) if (await within(row, body)) outcomes += 1;
  return { rows, outcomes };
}

/** The device list still shows its search box, the selected device's row and the "Selected:" line, all whole. */
export async function expectListStillUsable(page: Page, selected: string): Promise<void> {
  const pane = page.locator('.devices-pane');
  expect(await within(page.getByRole('searchbox').first(), pane), 'the search box is whole').toBe(true);
  const row = page.getByRole('grid').getByRole('row', { name: new RegExp(selected) });
  expect(await within(row, page.locator('.device-grid')), 'the selected row is whole in the grid').toBe(true);
  expect(await within(page.getByTestId('selected-device-line'), pane), 'the selected line is whole').toBe(true);
}
