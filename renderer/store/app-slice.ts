import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/app/app-info';
import type { Settings } from '../../shared/settings/settings';
import type { AppError } from '../../shared/ipc/result';
import { getApi } from '../api/bridge';

export interface AppSlice {
  appInfo: AppInfo | null;
  settings: Settings | null;
  startupError: AppError | null;
  loadApp(): Promise<void>;
}

export const createAppSlice: StateCreator<AppSlice, [], [], AppSlice> = (set) => ({
  appInfo: null,
  settings: null,
  startupError: null,
  async loadApp() {
    const api = getApi();
    const [info, settings] = await Promise.all([api.getAppInfo({}), api.getSettings({})]);
    if (!info.ok) return set({ startupError: info.error });
    if (!settings.ok) return set({ startupError: settings.error });
    set({ appInfo: info.value, settings: settings.value, startupError: null });
  },
});
