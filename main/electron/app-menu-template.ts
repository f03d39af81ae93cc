import type { MenuItemConstructorOptions } from 'electron';
import { sharedText } from '../../shared/i18n/catalogue';
import type { Language } from '../../shared/i18n/language';

export interface MenuActions {
  showAbout(): void;
  showLogFolder(): void;
  openDiagnosticLog(): void;
  copySupportDetails(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools only in development builds: a packaged app has no use for them. */
  developerItems: boolean;
  /** The app's language for our own items (Electron's role items follow the OS); English when not given. */
  language?: Language;
}

/**
 * The application menu, built from Electron's standard roles so each platform
 * gets its own labels, accelerators and behaviour. Kept free of Electron at
 * runtime (type import only) so tests can read it; app-menu.ts installs it.
 */
export function appMenuTemplate({ platform, appName, developerItems, language = 'en' }: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const text = sharedText[language].menu;
  const about: MenuItemConstructorOptions = { id: 'about', label: text.about(appName), click: () => actions.showAbout() };
  const logFolder: MenuItemConstructorOptions = { id: 'show-log-folder', label: text.showLogFolder, click: () => actions.showLogFolder() };
  const diagnosticLog: MenuItemConstructorOptions = { id: 'open-diagnostic-log', label: text.openDiagnosticLog, click: () => actions.openDiagnosticLog() };
  const supportDetails: MenuItemConstructorOptions = { id: 'copy-support-details', label: text.copySupportDetails, click: () => actions.copySupportDetails() };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Alt-key mnemonics (&File) exist on Windows and Linux only.
  const title = (name: string) => (mac ? name : `&${name}`);

  // Electron labels its role items in English; ours carry the app's language, and the role keeps the behaviour.
  const roles = text.roles;
  const role = (name: Exclude<keyof typeof roles, 'quitMac' | 'quitWindows' | 'quitLinux' | 'hide' | 'closeWindow'>): MenuItemConstructorOptions => ({ role: name, label: roles[name] });
  const quit: MenuItemConstructorOptions = { role: 'quit', label: mac ? roles.quitMac(appName) : platform === 'win32' ? roles.quitWindows : roles.quitLinux };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [about, separator, role('services'), separator, { role: 'hide', label: roles.hide(appName) }, role('hideOthers'), role('unhide'), separator, quit],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = { label: title(text.file), submenu: [mac ? { role: 'close', label: roles.closeWindow } : quit] };
  const edit: MenuItemConstructorOptions = {
    label: title(text.edit),
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      role('delete'),
      separator,
      role('selectAll'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: title(text.view),
    submenu: [
      ...(developerItems ? [role('reload'), role('forceReload'), role('toggleDevTools'), separator] : []),
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
    ],
  };
  // On macOS the windowMenu role adds the system's items (Bring All to Front, the window list).
  const window: MenuItemConstructorOptions = mac
    ? { role: 'windowMenu', label: text.window }
    : { label: title(text.window), submenu: [role('minimize'), role('close')] };
  // macOS keeps About in the app menu; elsewhere it is the last Help item.
  const support = [logFolder, diagnosticLog, supportDetails];
  const help: MenuItemConstructorOptions = { role: 'help', label: title(text.help), submenu: mac ? support : [...support, separator, about] };
  return [...appMenu, file, edit, view, window, help];
}
