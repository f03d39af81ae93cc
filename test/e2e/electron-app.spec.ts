import { readFileSync } from 'node:fs';
import type { MessageBoxOptions } from 'electron';
import { sharedText } from '../../shared/i18n/catalogue';
import { signInAsDemoTechnician } from './support/app';
import { doorTitle, expect, test } from './support/electron-door';
import { installedMenu, itemLabels, mainCall, pickMenuItem, recordMainCalls } from './support/electron-menu';

// The Electron window, its menu and its About box. A test cannot open a native menu
// (and the electron-double's are no-ops), so the menu is checked as the one main
// installed (Menu.getApplicationMenu()), and its items are picked as Electron's menu
// picks them (support/electron-menu.ts). Accelerators are not checked here: ours are
// Electron's role defaults, which Electron applies natively and the double does not know.

test(doorTitle('the Electron app opens its window on app://passcode-desk with the app shell'), async ({ launch }, testInfo) => {
  const door = await launch();
  const url = await door.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
  expect(url).toMatch(/^app:\/\/passcode-desk\//);
  await testInfo.attach('electron-window', { body: await door.page.screenshot(), contentType: 'image/png' });
});

test(doorTitle('the application menu and the About box are built from our template without error'), async ({ launch }) => {
  const door = await launch();
  const { app } = door;
  const menu = await installedMenu(app);
  expect(menu, 'an application menu is installed').not.toBeNull();
  // Linux (the test machine): File, Edit, View, Window, Help; About is the last Help item.
  expect(menu!.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  const help = menu![4]!.submenu!;
  expect(help.map((i) => i.id).filter(Boolean)).toEqual(['show-log-folder', 'open-diagnostic-log', 'copy-support-details', 'about']);
  expect(help.at(-1)!.label).toBe('About Passcode Desk');
  expect(menu![1]!.submenu!.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectall']);

  // The native box cannot be clicked by a test: record what it would show and press "Copy Details" (button 1).
  await recordMainCalls(app, 1);
  await pickMenuItem(app, 'about');
  const shown = await mainCall<MessageBoxOptions>(app, 'messageBox', 0);
  const about = { title: shown.title, message: shown.message, detail: shown.detail ?? '', buttons: shown.buttons };
  expect(about.title).toBe('About Passcode Desk');
  expect(about.buttons).toEqual(['OK', 'Copy Details']);
  expect(about.detail).toContain('Version: 0.1.0');
  expect(about.detail).toContain(`Action log folder: ${door.userData}`);
  expect(about.detail).toMatch(/Signing key fingerprint: ([0-9a-f]{4} ){15}[0-9a-f]{4}/);
  expect(about.detail).not.toContain('not available');
  // "Copy Details" put the box's text on main's clipboard (the double keeps a clipboard of its own there too).
  expect(await mainCall<string>(app, 'clipboard', 0)).toBe(`${about.message}\n${about.detail}`);
  expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe(`${about.message}\n${about.detail}`);
});

test(doorTitle('the Help items open the folder and file the core reports and copy support details with the signed-in tenant'), async ({ launch }) => {
  const door = await launch();
  const { app, page } = door;
  await signInAsDemoTechnician(page);
  // What the window itself is told through the preload, to hold the menu's answers against.
  const { info, session } = await page.evaluate(async () => ({ info: await window.passcodeDesk!.getAppInfo({}), session: await window.passcodeDesk!.getSession({}) }));
  if (!info.ok || !session.ok) throw new Error('the window could not read the app info or the session');
  const tenantId = session.value.account?.tenantId;
  expect(tenantId, 'signed in to the demo tenant').toBeTruthy();
  await recordMainCalls(app);

  await pickMenuItem(app, 'show-log-folder');
  expect(await mainCall<string>(app, 'openPath', 0)).toBe(info.value.logFolder);
  // The same folder the Settings dialog shows the technician.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByText(info.value.logFolder, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  await pickMenuItem(app, 'open-diagnostic-log');
  const diagnosticLog = await mainCall<string>(app, 'openPath', 1);
  // The file that is opened is the one main writes to, and it says it was opened from the menu (written before it opens).
  expect(readFileSync(diagnosticLog, 'utf8')).toContain('Diagnostic log opened from the Help menu');

  await pickMenuItem(app, 'copy-support-details');
  const details = (await mainCall<string>(app, 'clipboard', 0)).split('\n');
  expect(details[0]).toBe(`Passcode Desk ${info.value.version}`);
  expect(details).toContain(`Mode: ${info.value.mode}`);
  expect(details).toContain(`Tenant ID: ${tenantId}`);
  expect(details).toContain(`Diagnostic log: ${diagnosticLog}`);
  expect(details.some((line) => line.startsWith('Last Graph request IDs: '))).toBe(true);
  // The menu itself never reaches a token or a passcode: nothing here looks like a bearer token.
  expect(details.join('\n')).not.toMatch(/eyJ[\w-]{10,}/);
});

test(doorTitle('choosing Italiano in Settings rebuilds the menu in Italian, and About then speaks Italian'), async ({ launch }) => {
  const door = await launch();
  const { app, page } = door;
  const en = sharedText.en.menu;
  const it = sharedText.it.menu;
  const before = await installedMenu(app);
  expect(itemLabels(before!, 4)).toEqual([en.showLogFolder, en.openDiagnosticLog, en.copySupportDetails, en.about('Passcode Desk')]);
  await recordMainCalls(app);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Italiano' }).check();
  // main installs the new menu when the saved setting's change event reaches it: wait on that install.
  await mainCall(app, 'menu', 0);
  const after = (await installedMenu(app))!;
  expect(after.map((m) => m.label)).toEqual([it.file, it.edit, it.view, it.window, it.help].map((label) => `&${label}`));
  expect(itemLabels(after, 4)).toEqual([it.showLogFolder, it.openDiagnosticLog, it.copySupportDetails, it.about('Passcode Desk')]);
  expect(itemLabels(after, 1)).toEqual([it.roles.undo, it.roles.redo, it.roles.cut, it.roles.copy, it.roles.paste, it.roles.delete, it.roles.selectAll]);
  // The window follows the same setting.
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await pickMenuItem(app, 'about');
  const shown = await mainCall<MessageBoxOptions>(app, 'messageBox', 0);
  expect(shown.title).toBe(it.about('Passcode Desk'));
  expect(shown.buttons).toEqual([it.aboutOk, it.aboutCopy]);
  expect(shown.detail).toContain(`${it.version}: 0.1.0`);

  // Back to English: one more install, in English again.
  await page.getByRole('dialog').getByRole('radio', { name: 'English', exact: true }).check();
  await mainCall(app, 'menu', 1);
  expect(itemLabels((await installedMenu(app))!, 4)).toEqual([en.showLogFolder, en.openDiagnosticLog, en.copySupportDetails, en.about('Passcode Desk')]);
});
