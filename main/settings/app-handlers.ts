import { err, ok } from '../../shared/result';
import type { AppInfo } from '../../shared/app/app-info';
import { modeOf } from '../../shared/settings/settings';
import type { EventHub } from '../base/events';
import { channelGroup } from '../base/ipc/handlers';
import type { SettingsStore } from './settings-store';

export interface AppHandlerDeps {
  settings: SettingsStore;
  events: EventHub;
  /** Everything about the running app except the mode, which follows the settings. */
  describeApp(): Omit<AppInfo, 'mode'>;
}

export const appHandlers = channelGroup<AppHandlerDeps>()({
  getAppInfo: (deps) => () => ok({ ...deps.describeApp(), mode: modeOf(deps.settings.get()) }),
  getSettings: (deps) => () => ok(deps.settings.get()),
  saveSettings:
    (deps) =>
    async ({ settings }) => {
      try {
        const saved = await deps.settings.save(settings);
        deps.events.emit('settingsChanged', saved);
        return ok(saved);
      } catch (cause) {
        return err('invalid_settings', `Settings could not be saved: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    },
});
