import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/app/app-info';
import type { ChannelResponse } from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/result';
import type { Settings } from '../../shared/settings/settings';
import { getApi } from '../api/bridge';
import { formattingLocale, resolveLanguage } from '../i18n/language';
import type { Language } from '../i18n/messages';
import type { StoreState } from './store';

export type LogStatus = ChannelResponse<'getLogStatus'>;
export type View = 'workspace' | 'review';

export interface AppData {
  appInfo: AppInfo | null;
  settings: Settings | null;
  startupError: AppError | null;
  /** The shown language and the locale Intl formats with, derived from the setting and the OS locale. */
  language: Language;
  locale: string;
  view: View;
  settingsOpen: boolean;
  logStatus: { status: 'idle' | 'loading' | 'ready' | 'error'; value: LogStatus | null; error: AppError | null };
}

export interface AppSlice extends AppData {
  loadApp(): Promise<void>;
  saveSettings(settings: Settings): Promise<Result<Settings>>;
  receiveSettings(settings: Settings): void;
  setView(view: View): void;
  setSettingsOpen(open: boolean): void;
  loadLogStatus(): Promise<void>;
}

export function initialAppData(): AppData {
  return {
    appInfo: null,
    settings: null,
    startupError: null,
    language: 'en',
    locale: 'en-US',
    view: 'workspace',
    settingsOpen: false,
    logStatus: { status: 'idle', value: null, error: null },
  };
}

/** The language and locale that follow from a settings / app-info pair. */
export function languageState(settings: Settings | null, appInfo: AppInfo | null): Pick<AppData, 'language' | 'locale'> {
  const osLocale = appInfo?.locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
  const language = resolveLanguage(settings?.language, osLocale);
  return { language, locale: formattingLocale(language, osLocale) };
}

export const createAppSlice: StateCreator<StoreState, [], [], AppSlice> = (set, get) => ({
  ...initialAppData(),
  async loadApp() {
    const api = getApi();
    const [info, settings] = await Promise.all([api.getAppInfo({}), api.getSettings({})]);
    if (!info.ok) return set({ startupError: info.error });
    if (!settings.ok) return set({ startupError: settings.error });
    set({ appInfo: info.value, settings: settings.value, startupError: null, ...languageState(settings.value, info.value) });
  },
  async saveSettings(settings) {
    const result = await getApi().saveSettings({ settings });
    if (result.ok) {
      get().receiveSettings(result.value);
      // The mode follows the settings: re-read it so the banner and start screen agree.
      const info = await getApi().getAppInfo({});
      if (info.ok) set({ appInfo: info.value, ...languageState(get().settings, info.value) });
    }
    return result;
  },
  receiveSettings(settings) {
    set({ settings, ...languageState(settings, get().appInfo) });
  },
  setView(view) {
    set({ view });
  },
  setSettingsOpen(open) {
    set({ settingsOpen: open });
    if (open) void get().loadLogStatus();
  },
  async loadLogStatus() {
    set((s) => ({ logStatus: { ...s.logStatus, status: 'loading' } }));
    const result = await getApi().getLogStatus({});
    set({
      logStatus: result.ok
        ? { status: 'ready', value: result.value, error: null }
        : { status: 'error', value: null, error: result.error },
    });
  },
});
