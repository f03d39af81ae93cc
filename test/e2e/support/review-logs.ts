import { createActionLog } from '../../../main/action-log/action-log';
import type { ActionEntryInput } from '../../../shared/log/log-entry';
import type { RemoteActionKind } from '../../../shared/remote-actions/remote-action';
import { createProcessSecretStore } from '../../support/process-secret-store';

/** One action to write: requested then accepted, on one device, by one technician. */
export interface LoggedAction {
  actionId: string;
  action: RemoteActionKind;
  device: string;
  technician: string;
  ticket: string;
}

/** Writes a sealed action log in `folder` as the app on `machine` would, for the review view to open. */
export async function writeMachineLog(folder: string, machine: string, actions: readonly LoggedAction[]): Promise<void> {
  const opened = await createActionLog({ folder, secretStore: createProcessSecretStore(), appVersion: 'e2e', machineName: machine, sealIdleMs: null });
  if (!opened.ok) throw new Error(opened.error.message);
  for (const logged of actions) {
    const passcode = logged.action === 'resetPasscode';
    for (const type of ['requested', 'accepted'] as const) {
      const entry: ActionEntryInput = {
        type,
        action: logged.action,
        actionId: logged.actionId,
        technician: { upn: `${logged.technician.toLowerCase().replace(/\s+/g, '-')}@contoso.example`, objectId: 'o-1', displayName: logged.technician },
        tenantId: 'demo',
        device: { id: `device-${logged.device}`, name: logged.device, platform: 'iOS', osVersion: '17.5' },
        // The app logs the device's passcode decision with every request, a sync's included.
        ...(type === 'requested' ? { ticket: logged.ticket, identityVerified: passcode, decision: { eligible: true, mode: 'remove', reasonCode: 'ios_supervised', source: 'rules' } } : {}),
      } as ActionEntryInput;
      const written = await opened.value.append(entry);
      if (!written.ok) throw new Error(written.error.message);
    }
  }
  await opened.value.close();
}
