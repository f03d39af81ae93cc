import { channelGroup } from '../base/ipc/handlers';
import type { ActionService } from './action-service';
import { confirmRecentActions, type RecentActions } from './recent-action-guard';

export interface ActionChannelDeps {
  actions: ActionService;
  /** Fresh tenant-wide actions on a device, for the second-confirmation rule. */
  recent: RecentActions;
}

/** The passcode action and the live actions log: dispatch -> these handlers -> the action service. */
export const actionHandlers = channelGroup<ActionChannelDeps>()({
  requestPasscodeAction:
    ({ actions, recent }) =>
    async (request) =>
      (await confirmRecentActions(request, recent)) ?? actions.request(request),
  listActions: ({ actions }) => () => actions.list(),
  revealPasscode: ({ actions }) => ({ actionId }) => actions.revealPasscode(actionId),
  closeAction: ({ actions }) => (request) => actions.closeByHand(request),
});
