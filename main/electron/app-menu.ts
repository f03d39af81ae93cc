import type { MenuItemConstructorOptions } from 'electron';
import { resolveLanguage, type Language } from '../../shared/i18n/language';
import type { Settings } from '../../shared/settings/settings';
import type { EventHub } from '../base/events';
import type { Dispatch } from '../base/ipc/dispatch';
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

/**
 * Puts the menu in the saved language setting's language, then again after each
 * saved change (the core's settingsChanged event), as the window does. Listens
 * before it reads, so a change saved meanwhile is not missed.
 */
export async function followSavedLanguage(menu: AppMenu, core: { dispatch: Dispatch; events: EventHub }): Promise<void> {
  core.events.listen((event, payload) => {
    if (event === 'settingsChanged') menu.follow((payload as Settings).language);
  });
  const saved = await core.dispatch('getSettings', {}, { door: 'electron' });
  // resolveLanguage takes any text and falls back to the OS's language, so an odd answer cannot break the menu.
  const setting = saved.ok ? (saved.value as Partial<Settings>).language : undefined;
  menu.follow(typeof setting === 'string' ? setting : undefined);
}
