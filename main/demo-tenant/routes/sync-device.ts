import { newAction } from '../actions/new-action';
import { SCOPE_PRIVILEGED } from '../demo-identity';
import type { TenantState } from '../tenant-state';
import type { Principal } from '../traffic/token-store';
import { requireDevice, requireScope, type Reply } from './route-support';

/**
 * Asks the device to check in now. Like the real service it answers 204
 * ("queued") and the check-in shows later as a `syncDevice` result in
 * deviceActionResults; every managed platform supports it.
 */
export function syncDevice(state: TenantState, principal: Principal, id: string): Reply {
  requireScope(principal, [SCOPE_PRIVILEGED]);
  const device = requireDevice(state, id);
  state.actions.add(newAction({ device, startMs: state.clock.now(), timing: state.actionTiming, initiatedBy: principal.upn }, 'syncDevice'));
  return { status: 204 };
}
