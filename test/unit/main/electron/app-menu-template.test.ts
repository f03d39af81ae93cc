import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../../main/electron/app-menu-template';

const actions = () => ({ showAbout: vi.fn(), showLogFolder: vi.fn(), openDiagnosticLog: vi.fn(), copySupportDetails: vi.fn() });
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) => submenu(item).map((i) => i.role).filter(Boolean);
const find = (items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined =>
  items.flatMap((i) => [i, ...submenu(i)]).find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('the application menu', () => {
  it('on Windows and Linux: File, Edit, View, Window, Help, with About last in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate({ platform, appName: 'Passcode Desk', developerItems: false }, actions());
      expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      expect(roles(menu[0])).toEqual(['quit']);
      expect(roles(menu[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
      expect(roles(menu[3])).toEqual(['minimize', 'close']);
      expect(submenu(menu[4]).at(-1)?.label).toBe('About Passcode Desk');
    }
  });

  it('on macOS: the app menu first (About, Services, Hide, Quit), then File to Help', () => {
    const menu = appMenuTemplate({ platform: 'darwin', appName: 'Passcode Desk', developerItems: false }, actions());
    expect(menu.map((m) => m.label)).toEqual(['Passcode Desk', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu[4]?.role).toBe('windowMenu');
    expect(submenu(menu[0])[0]?.label).toBe('About Passcode Desk');
    expect(roles(menu[0])).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(menu[1])).toEqual(['close']);
    expect(roles(menu[2])).toContain('pasteAndMatchStyle');
    expect(menu[5]?.role).toBe('help');
  });

  it('offers reload and developer tools only in development builds', () => {
    const packaged = appMenuTemplate({ platform: 'win32', appName: 'Passcode Desk', developerItems: false }, actions());
    const dev = appMenuTemplate({ platform: 'win32', appName: 'Passcode Desk', developerItems: true }, actions());
    expect(roles(packaged[2])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(dev[2])).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('runs the About and Show Action Log Folder actions when clicked', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const spy = actions();
      const menu = appMenuTemplate({ platform, appName: 'Passcode Desk', developerItems: false }, spy);
      click(find(menu, 'about'));
      click(find(menu, 'show-log-folder'));
      expect(spy.showAbout).toHaveBeenCalledOnce();
      expect(spy.showLogFolder).toHaveBeenCalledOnce();
    }
  });

  it('offers Open Diagnostic Log and Copy Support Details in Help, on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const spy = actions();
      const menu = appMenuTemplate({ platform, appName: 'Passcode Desk', developerItems: false }, spy);
      const help = submenu(menu.at(-1)).map((item) => item.label);
      expect(help).toContain('Open Diagnostic Log');
      expect(help).toContain('Copy Support Details');
      click(find(menu, 'open-diagnostic-log'));
      click(find(menu, 'copy-support-details'));
      expect(spy.openDiagnosticLog).toHaveBeenCalledOnce();
      expect(spy.copySupportDetails).toHaveBeenCalledOnce();
    }
  });

  it('words its own items in the app’s language: Italian and English', () => {
    const labels = (language: 'en' | 'it') => {
      const menu = appMenuTemplate({ platform: 'win32', appName: 'Passcode Desk', developerItems: false, language }, actions());
      const help = menu.find((item) => item.role === 'help')!;
      return { top: menu.map((item) => item.label), help: (help.submenu as { label?: string }[]).map((item) => item.label).filter(Boolean) };
    };
    expect(labels('it')).toEqual({
      top: ['&File', '&Modifica', '&Visualizza', '&Finestra', '&Aiuto'],
      help: ['Mostra la cartella del registro delle azioni', 'Apri il log di diagnostica', 'Copia i dettagli per l’assistenza', 'Informazioni su Passcode Desk'],
    });
    expect(labels('en')).toEqual({
      top: ['&File', '&Edit', '&View', '&Window', '&Help'],
      help: ['Show Action Log Folder', 'Open Diagnostic Log', 'Copy Support Details', 'About Passcode Desk'],
    });
  });
});
