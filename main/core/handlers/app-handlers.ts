import { err, ok } from '../../../shared/ipc/result';
import type { AppInfo } from '../../../shared/app/app-info';
import type { Technician } from '../../actions/action-entries';
import { modeOf } from '../../../shared/settings/settings';
import type { ActionLog } from '../../action-log/action-log';
import { lockedChange, weakenedControls } from '../../policy/apply-policy';
import type { Policy } from '../../policy/policy-values';
import type { EventHub } from '../events';
import type { HandlerGroup } from '../ipc/handlers';
import type { SettingsStore } from '../../settings/settings-store';

export interface AppHandlerDeps {
  settings: SettingsStore;
  events: EventHub;
  policy: Policy;
  /** Where a weakened control is recorded before it takes effect; null when the log could not be opened. */
  log: ActionLog | null;
  technician: () => Technician | null;
  /** Everything about the running app except the mode, which follows the settings. */
  describeApp(): Omit<AppInfo, 'mode'>;
}

export function appHandlers(deps: AppHandlerDeps): HandlerGroup<'getAppInfo' | 'getSettings' | 'saveSettings'> {
  return {
    getAppInfo: () => ok({ ...deps.describeApp(), mode: modeOf(deps.settings.get()) }),
    getSettings: () => ok(deps.settings.get()),
    saveSettings: async ({ settings }) => {
      const current = deps.settings.get();
      const locked = lockedChange(current, settings, deps.policy);
      if (locked) return err('invalid_settings', locked);
      // Lowering a control is evidence like an action: logged (and synced) first, or not done.
      for (const change of weakenedControls(current, settings)) {
        if (!deps.log) return err('log_error', 'This change switches a control off, which must be written to the action log first, and the log is not open.');
        const who = deps.technician();
        const technician = who ? { upn: who.upn, objectId: who.objectId, ...(who.displayName ? { displayName: who.displayName } : {}) } : undefined;
        const written = await deps.log.appendSetting({ ...change, ...(technician ? { technician } : {}) });
        if (!written.ok) return err('log_error', `The change was not made because it could not be recorded: ${written.error.message}`);
      }
      try {
        const saved = await deps.settings.save(settings);
        deps.events.emit('settingsChanged', saved);
        return ok(saved);
      } catch (cause) {
        return err('invalid_settings', `Settings could not be saved: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    },
  };
}
