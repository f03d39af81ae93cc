import { ok } from '../../../shared/ipc/result';
import type { PolicyState } from '../../../shared/settings/policy';
import type { ForwardingService } from '../../forwarding/forwarding-service';
import type { HandlerGroup } from '../ipc/handlers';

export function forwardingHandlers(deps: { forwarding: ForwardingService; policy: PolicyState }): HandlerGroup<'getPolicy' | 'getForwardingStatus' | 'retryForwarding'> {
  return {
    getPolicy: () => ok(deps.policy),
    getForwardingStatus: () => ok(deps.forwarding.status()),
    retryForwarding: () => {
      deps.forwarding.retryNow();
      return ok(deps.forwarding.status());
    },
  };
}
