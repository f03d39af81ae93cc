import { ok } from '../../shared/result';
import { channelGroup } from '../base/ipc/handlers';
import type { AuthService } from './auth-service';

/** Sign-in channels. Failures come back from the service as values already; the session never holds a token. */
export const sessionHandlers = channelGroup<AuthService>()({
  getSession: (auth) => () => ok(auth.getSession()),
  signIn: (auth) => ({ method }) => auth.signIn(method),
  cancelSignIn: (auth) => () => ok(auth.cancelSignIn()),
  signOut: (auth) => async () => ok(await auth.signOut()),
});
