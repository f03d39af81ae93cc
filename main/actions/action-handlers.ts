import type { HandlerGroup } from '../base/ipc/handlers';
import type { ActionService } from './action-service';

export function actionHandlers(actions: ActionService): HandlerGroup<'requestPasscodeAction' | 'listActions' | 'revealPasscode'> {
  return {
    requestPasscodeAction: (request) => actions.request(request),
    listActions: () => actions.list(),
    revealPasscode: ({ actionId }) => actions.revealPasscode(actionId),
  };
}
