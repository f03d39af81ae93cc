import { logRefusal, saidError } from '../base/said-error';
import type { AppError, Result } from '../../shared/result';
import type { SettingEntryInput } from '../../shared/log/log-entry';
import type { Settings } from '../../shared/settings/settings';
import { lockedChange, weakenedControls } from './apply-policy';
import type { Policy } from './policy-values';

type Technician = { upn: string; objectId: string; displayName?: string | null };

export interface SettingsGuardDeps {
  policy: Policy;
  /** Writes and syncs a setting entry to the action log; null when the log is not open. */
  record: ((change: Omit<SettingEntryInput, 'type'>) => Promise<Result<unknown>>) | null;
  technician: () => Technician | null;
}

/**
 * What a settings save must pass before it is kept: nothing the organisation
 * locked may change, and a control switched off is recorded in the action
 * log first (synced), or the change is not made.
 */
export function createSettingsGuard(deps: SettingsGuardDeps) {
  return async (current: Settings, next: Settings): Promise<AppError | null> => {
    const locked = lockedChange(current, next, deps.policy);
    if (locked) return { code: 'invalid_settings', message: locked };
    for (const change of weakenedControls(current, next)) {
      if (!deps.record) return saidError('log_error', { code: 'settingsSwitchOffNoLog', params: {} });
      const who = deps.technician();
      const technician = who ? { upn: who.upn, objectId: who.objectId, ...(who.displayName ? { displayName: who.displayName } : {}) } : undefined;
      const written = await deps.record({ ...change, ...(technician ? { technician } : {}) });
      if (!written.ok) return logRefusal('settingsNotRecorded', written.error);
    }
    return null;
  };
}
