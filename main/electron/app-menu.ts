import type { MenuItemConstructorOptions } from 'electron';
import { resolveLanguage, type Language } from '../../shared/i18n/language';
import { appMenuTemplate, type MenuActions, type MenuOptions } from './app-menu-template';

export interface AppMenuDeps extends Omit<MenuOptions, 'language'> {
  /** Puts a built menu in place (Electron's Menu.setApplicationMenu in the app; a recorder in tests). */
  install(template: MenuItemConstructorOptions[]): void;
  /** The OS locale, which the "system" language setting follows. */
  osLocale: string;
}

export interface AppMenu {
  /** Shows the menu in the language this setting names (or the OS's, for "system"); rebuilt only when that language changes. */
  follow(languageSetting: string | undefined): void;
  /** The language the menu (and so the About box) speaks now. */
  language(): Language;
}

/**
 * The application menu in the in-app language: shown at once in the OS's
 * language, then again whenever the language setting names another one.
 * Kept free of Electron at runtime so tests can drive it; main/index.ts wires it.
 */
export function createAppMenu(deps: AppMenuDeps, actions: MenuActions): AppMenu {
  let shown: Language | null = null;
  const menu: AppMenu = {
    follow(setting) {
      const language = resolveLanguage(setting, deps.osLocale);
      if (language === shown) return;
      deps.install(appMenuTemplate({ platform: deps.platform, appName: deps.appName, developerItems: deps.developerItems, language }, actions));
      shown = language;
    },
    language: () => shown ?? resolveLanguage(undefined, deps.osLocale),
  };
  menu.follow(undefined);
  return menu;
}
