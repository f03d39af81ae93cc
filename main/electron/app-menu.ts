import { app, Menu } from 'electron';
import { appMenuTemplate, type MenuActions } from './app-menu-template';

/** Installs the application menu (see app-menu-template.ts for what is in it). */
export function installAppMenu(actions: MenuActions): void {
  const template = appMenuTemplate({ platform: process.platform, appName: app.getName(), developerItems: !app.isPackaged }, actions);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
