import { newResetAction } from '../actions/new-action';
import { resetOutcome } from '../actions/reset-outcome';
import { SCOPE_PRIVILEGED } from '../demo-identity';
import { badRequest } from '../graph/graph-error';
import type { TenantState } from '../tenant-state';
import type { Principal } from '../traffic/token-store';
import { requireDevice, requireIntunePermission, requireScope, type Reply } from './route-support';

/**
 * Queues the action and answers 204, which in Graph means only "queued":
 * how it ends shows later in deviceActionResults. A platform that cannot do
 * it is refused up front with a 400, as reported for the real service.
 */
export function resetPasscode(state: TenantState, principal: Principal, id: string): Reply {
  requireScope(principal, [SCOPE_PRIVILEGED]);
  requireIntunePermission(state, principal, 'resetPasscode');
  const device = requireDevice(state, id);
  const outcome = resetOutcome(device);
  if (outcome.kind === 'rejected') throw badRequest(outcome.reason, true);
  const request = { device, startMs: state.clock.now(), timing: state.actionTiming, initiatedBy: principal.upn };
  state.actions.add(newResetAction(request, outcome));
  return { status: 204 };
}
