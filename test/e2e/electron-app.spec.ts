import type { MessageBoxOptions } from 'electron';
import { doorTitle, expect, test } from './support/electron-door';

// The Electron window, its menu and its About box. Native menus are no-ops on
// the electron-double, so the menu is checked as the template our code built
// (Menu.getApplicationMenu()), and its About item is clicked through that menu.

interface MenuEntry {
  label?: string;
  role?: string;
  id?: string;
  submenu?: MenuEntry[];
}

test(doorTitle('the Electron app opens its window on app://passcode-desk with the app shell'), async ({ launch }, testInfo) => {
  const door = await launch();
  const url = await door.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
  expect(url).toMatch(/^app:\/\/passcode-desk\//);
  await testInfo.attach('electron-window', { body: await door.page.screenshot(), contentType: 'image/png' });
});

test(doorTitle('the application menu and the About box are built from our template without error'), async ({ launch }) => {
  const door = await launch();
  const { app } = door;
  const menu = await app.evaluate(({ Menu }) => {
    type Item = { label?: string; role?: string; id?: string; submenu?: { items: Item[] } | null };
    const walk = (items: Item[]): MenuEntry[] =>
      items.map((i) => ({ label: i.label, role: i.role ? String(i.role).toLowerCase() : undefined, id: i.id || undefined, submenu: i.submenu ? walk(i.submenu.items) : undefined }));
    const installed = Menu.getApplicationMenu() as unknown as { items: Item[] } | null;
    return installed ? walk(installed.items) : null;
  });
  expect(menu, 'an application menu is installed').not.toBeNull();
  // Linux (the test machine): File, Edit, View, Window, Help; About is the last Help item.
  expect(menu!.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  const help = menu![4]!.submenu!;
  expect(help.map((i) => i.id).filter(Boolean)).toEqual(['show-log-folder', 'open-diagnostic-log', 'copy-support-details', 'about']);
  expect(help.at(-1)!.label).toBe('About Passcode Desk');
  expect(menu![1]!.submenu!.map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectall']);

  // The native box cannot be clicked by a test: record what it would show and press "Copy Details".
  await app.evaluate(({ dialog }) => {
    const shown: MessageBoxOptions[] = [];
    (globalThis as unknown as { aboutShown: MessageBoxOptions[] }).aboutShown = shown;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      shown.push((args.length > 1 ? args[1] : args[0]) as MessageBoxOptions);
      return { response: 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  await app.evaluate(({ Menu }) => {
    const item = Menu.getApplicationMenu()!.getMenuItemById('about')!;
    (item.click as () => void)();
  });
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { aboutShown: MessageBoxOptions[] }).aboutShown.length)).toBe(1);
  const about = await app.evaluate(() => {
    const options = (globalThis as unknown as { aboutShown: MessageBoxOptions[] }).aboutShown[0]!;
    return { title: options.title, message: options.message, detail: options.detail ?? '', buttons: options.buttons };
  });
  expect(about.title).toBe('About Passcode Desk');
  expect(about.buttons).toEqual(['OK', 'Copy Details']);
  expect(about.detail).toContain('Version: 0.1.0');
  expect(about.detail).toContain(`Action log folder: ${door.userData}`);
  expect(about.detail).toMatch(/Signing key fingerprint: ([0-9a-f]{4} ){15}[0-9a-f]{4}/);
  expect(about.detail).not.toContain('not available');
  // "Copy Details" put the box's text on the clipboard (main's clipboard module, which the double keeps too).
  await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe(`${about.message}\n${about.detail}`);
});
