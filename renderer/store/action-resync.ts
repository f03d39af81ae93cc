import { isTerminalState } from '../../shared/actions/action-summary';
import { useStore, type StoreState } from './store';

export const resyncEveryMs = 15_000;

function following(state: StoreState): boolean {
  return state.session?.status === 'signedIn' && state.actions.some((a) => a.origin === 'session' && !isTerminalState(a.state));
}

/**
 * A safety net under the live updates: while one of this session's actions is
 * unfinished, the list is read again now and then, so an `actionUpdated`
 * event lost on the way (a reconnecting bridge, a sleeping laptop) cannot
 * leave a state on screen that main has moved past. Merging keeps it harmless.
 */
export function startActionResync(): () => void {
  let timer: ReturnType<typeof setInterval> | null = null;
  const update = (state: StoreState) => {
    if (following(state) && timer === null) {
      timer = setInterval(() => void useStore.getState().loadActions(), resyncEveryMs);
    } else if (!following(state) && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
  update(useStore.getState());
  const unsubscribe = useStore.subscribe(update);
  return () => {
    unsubscribe();
    if (timer !== null) clearInterval(timer);
  };
}
