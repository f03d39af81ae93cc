import type { ElectronApplication } from '@playwright/test';

// The application menu as the Electron door's specs reach it. A test cannot open a
// native menu (and the electron-double draws none), so the specs read the menu main
// installed and pick an item the way Electron's own menu does when a user picks it.
// Main's side effects that a test must not let happen (a native box, a file manager
// opening) are replaced by recorders that settle a promise when main calls them, so
// each test waits on that call, never on a timer.

export interface MenuEntry {
  label?: string;
  role?: string;
  id?: string;
  accelerator?: string;
  submenu?: MenuEntry[];
}

/** The installed application menu as plain data (role names lower-cased, as Electron stores them), or null. */
export function installedMenu(app: ElectronApplication): Promise<MenuEntry[] | null> {
  return app.evaluate(({ Menu }) => {
    type Item = { label?: string; role?: string; id?: string; accelerator?: string; submenu?: { items: Item[] } | null };
    const walk = (items: Item[]): MenuEntry[] =>
      items.map((i) => ({
        label: i.label,
        role: i.role ? String(i.role).toLowerCase() : undefined,
        id: i.id || undefined,
        accelerator: i.accelerator ? String(i.accelerator) : undefined,
        submenu: i.submenu ? walk(i.submenu.items) : undefined,
      }));
    const menu = Menu.getApplicationMenu() as unknown as { items: Item[] } | null;
    return menu ? walk(menu.items) : null;
  });
}

/** The labels of a top-level menu's items (separators left out), found by its role or position. */
export function itemLabels(menu: MenuEntry[], index: number): string[] {
  return (menu[index]?.submenu ?? []).map((item) => item.label).filter((label): label is string => Boolean(label));
}

/**
 * Picks the item with this id as a user's click would: Electron's menu calls the item's
 * `click(event, focusedWindow, focusedWebContents)`, which calls the template's click
 * with (item, window, event). The electron-double keeps the template's function as the
 * item's `click`, so there the test calls it with what Electron's wrapper would pass.
 */
export async function pickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate((electron, itemId) => {
    const { Menu, BrowserWindow, webContents } = electron;
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId) as unknown as { click: (...args: unknown[]) => void } | null;
    if (!item) throw new Error(`the installed menu has no item "${itemId}"`);
    const event = { triggeredByAccelerator: false, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false };
    const window = BrowserWindow.getFocusedWindow() ?? undefined;
    if ((electron as unknown as { __isElectronDouble?: boolean }).__isElectronDouble) item.click(item, window, event);
    else item.click(event, window, webContents.getFocusedWebContents());
  }, id);
}

/**
 * From now on: main's message boxes are recorded and answered with `response`, and
 * clipboard writes, shell.openPath calls and application-menu installs are recorded.
 * `mainCall(app, name, n)` resolves with the argument of the n-th such call (from 0).
 */
export async function recordMainCalls(app: ElectronApplication, response = 0): Promise<void> {
  await app.evaluate(({ clipboard, dialog, shell, Menu }, answer) => {
    const calls: Record<string, unknown[]> = { messageBox: [], clipboard: [], openPath: [], menu: [] };
    const waiting: { name: string; nth: number; resolve: (value: unknown) => void }[] = [];
    const record = (name: string, value: unknown) => {
      calls[name]!.push(value);
      for (const waiter of waiting.filter((w) => w.name === name && w.nth < calls[name]!.length)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(calls[name]![waiter.nth]);
      }
    };
    const nth = (name: string, index: number) =>
      new Promise((resolve) => (index < calls[name]!.length ? resolve(calls[name]![index]) : waiting.push({ name, nth: index, resolve })));
    Object.assign(globalThis, { mainCalls: calls, mainCall: nth });
    dialog.showMessageBox = (async (...args: unknown[]) => {
      record('messageBox', args.length > 1 ? args[1] : args[0]);
      return { response: answer, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
    const writeText = clipboard.writeText.bind(clipboard) as (...args: unknown[]) => void;
    clipboard.writeText = ((...args: [string, ...unknown[]]) => {
      writeText(...args);
      const [text] = args;
      record('clipboard', text);
    }) as typeof clipboard.writeText;
    shell.openPath = (async (target: string) => {
      record('openPath', target);
      return '';
    }) as typeof shell.openPath;
    const setApplicationMenu = Menu.setApplicationMenu.bind(Menu);
    Menu.setApplicationMenu = ((menu: Parameters<typeof Menu.setApplicationMenu>[0]) => {
      setApplicationMenu(menu);
      record('menu', null);
    }) as typeof Menu.setApplicationMenu;
  }, response);
}

type CallName = 'messageBox' | 'clipboard' | 'openPath' | 'menu';

/** The n-th (from 0) recorded call of this kind since recordMainCalls, as soon as main makes it (or at once if it did). */
export function mainCall<T = unknown>(app: ElectronApplication, name: CallName, nth: number): Promise<T> {
  return app.evaluate(
    (_electron, [key, index]) => (globalThis as unknown as { mainCall: (name: string, nth: number) => Promise<unknown> }).mainCall(key as string, index as number),
    [name, nth] as const,
  ) as Promise<T>;
}
