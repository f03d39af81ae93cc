import type { HandlerGroup } from '../core/ipc/handlers';
import type { ActionService } from './action-service';

export function actionHandlers(actions: ActionService): HandlerGroup<'requestPasscodeAction' | 'listActions' | 'revealPasscode' | 'revealPasscodeAgain'> {
  return {
    requestPasscodeAction: (request) => actions.request(request),
    listActions: () => actions.list(),
    revealPasscode: ({ actionId }) => actions.revealPasscode(actionId),
    revealPasscodeAgain: ({ actionId, reason }) => actions.revealPasscodeAgain(actionId, reason),
  };
}
