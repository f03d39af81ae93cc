import { ok } from '../../shared/result';
import type { AuthService } from './auth-service';
import type { HandlerGroup } from '../base/ipc/handlers';

/** Sign-in channels. Failures come back from the service as values already; the session never holds a token. */
export function sessionHandlers(auth: AuthService): HandlerGroup<'getSession' | 'signIn' | 'cancelSignIn' | 'signOut'> {
  return {
    getSession: () => ok(auth.getSession()),
    signIn: ({ method }) => auth.signIn(method),
    cancelSignIn: () => ok(auth.cancelSignIn()),
    signOut: async () => ok(await auth.signOut()),
  };
}
