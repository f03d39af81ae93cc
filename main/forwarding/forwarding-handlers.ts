import { ok } from '../../shared/result';
import type { PolicyState } from '../../shared/settings/policy';
import { channelGroup } from '../base/ipc/handlers';
import type { ForwardingService } from './forwarding-service';

export const forwardingHandlers = channelGroup<{ forwarding: ForwardingService; policy: PolicyState }>()({
  getPolicy: (deps) => () => ok(deps.policy),
  getForwardingStatus: (deps) => () => ok(deps.forwarding.status()),
  retryForwarding: (deps) => () => {
    deps.forwarding.retryNow();
    return ok(deps.forwarding.status());
  },
});
