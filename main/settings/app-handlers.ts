import { faultCause } from '../base/fault-cause';
import { errSaid } from '../base/said-error';
import { err, ok, type AppError } from '../../shared/result';
import type { AppInfo } from '../../shared/app/app-info';
import { modeOf, type Settings } from '../../shared/settings/settings';
import type { EventHub } from '../base/events';
import { channelGroup } from '../base/ipc/handlers';
import type { SettingsStore } from './settings-store';

export interface AppHandlerDeps {
  settings: SettingsStore;
  events: EventHub;
  /** Refuses a save (what the organisation locked) or records it first (a control switched off); see main/policy/settings-guard.ts. */
  checkChange?: (current: Settings, next: Settings) => Promise<AppError | null>;
  /** Everything about the running app except the mode, which follows the settings. */
  describeApp(): Omit<AppInfo, 'mode'>;
}

export const appHandlers = channelGroup<AppHandlerDeps>()({
  getAppInfo: (deps) => () => ok({ ...deps.describeApp(), mode: modeOf(deps.settings.get()) }),
  getSettings: (deps) => () => ok(deps.settings.get()),
  saveSettings:
    (deps) =>
    async ({ settings }) => {
      const refused = await deps.checkChange?.(deps.settings.get(), settings);
      if (refused) return { ok: false, error: refused };
      try {
        const saved = await deps.settings.save(settings);
        deps.events.emit('settingsChanged', saved);
        return ok(saved);
      } catch (cause) {
        return errSaid('invalid_settings', { code: 'settingsNotSaved', params: { cause: faultCause(cause) } });
      }
    },
});
