import { app, Menu } from 'electron';
import { resolveLanguage } from '../../shared/i18n/language';
import { appMenuTemplate, type MenuActions } from './app-menu-template';

/** Installs the application menu (see app-menu-template.ts), in the OS's language; the in-app language setting does not reach it yet. */
export function installAppMenu(actions: MenuActions): void {
  const template = appMenuTemplate({ platform: process.platform, appName: app.getName(), developerItems: !app.isPackaged, language: resolveLanguage(undefined, app.getLocale()) }, actions);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
