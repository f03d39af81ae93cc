import type { StateCreator } from 'zustand';
import { privilegedScopeName, type DeviceCodePrompt, type Session } from '../../shared/auth/session';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/bridge';
import type { StoreState } from './store';

export type SignInMethod = 'interactive' | 'deviceCode';

export interface SessionData {
  session: Session | null;
  sessionError: AppError | null;
  /** The method of the sign-in this window started and is waiting on. */
  signInPending: SignInMethod | null;
  signInError: AppError | null;
  deviceCode: DeviceCodePrompt | null;
}

export interface SessionSlice extends SessionData {
  loadSession(): Promise<void>;
  signIn(method: SignInMethod): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  receiveSession(session: Session): void;
  receiveDeviceCode(prompt: DeviceCodePrompt): void;
}

/**
 * The permission every passcode action and Sync is sent with, when this sign-in was not granted it (main reads
 * the token response's `scope`); null when it was, or when nobody is signed in. The device panel and the
 * table's action column both read it, so they never disagree.
 */
export function missingActionScope(state: Pick<SessionData, 'session'>): string | null {
  const session = state.session;
  if (session?.status !== 'signedIn') return null;
  return session.missingScopes?.find((name) => name.toLowerCase() === privilegedScopeName.toLowerCase()) ?? null;
}

export function initialSessionData(): SessionData {
  return { session: null, sessionError: null, signInPending: null, signInError: null, deviceCode: null };
}

export const createSessionSlice: StateCreator<StoreState, [], [], SessionSlice> = (set, get) => ({
  ...initialSessionData(),
  async loadSession() {
    const result = await getApi().getSession({});
    if (result.ok) get().receiveSession(result.value);
    else set({ sessionError: result.error });
  },
  async signIn(method) {
    set({ signInPending: method, signInError: null, deviceCode: null });
    const result = await getApi().signIn({ method });
    if (result.ok) get().receiveSession(result.value);
    // A cancel the technician asked for is not a problem to report.
    const error = result.ok || result.error.code === 'cancelled' ? null : result.error;
    set({ signInPending: null, signInError: error, deviceCode: null });
  },
  async cancelSignIn() {
    const result = await getApi().cancelSignIn({});
    if (result.ok) get().receiveSession(result.value);
    set({ signInPending: null, deviceCode: null });
  },
  async signOut() {
    const result = await getApi().signOut({});
    if (result.ok) get().receiveSession(result.value);
  },
  receiveSession(session) {
    // An older copy than the one shown (a late event, or a call's answer overtaken by its event) changes nothing.
    const shown = get().session;
    if (shown !== null && session.revision < shown.revision) return;
    const wasSignedIn = get().session?.status === 'signedIn';
    set({ session, sessionError: null, ...(session.status !== 'signingIn' ? { deviceCode: null } : {}) });
    if (session.status === 'signedIn' && !wasSignedIn) get().onSignedIn();
    if (session.status !== 'signedIn' && wasSignedIn) get().onSignedOut();
  },
  receiveDeviceCode(prompt) {
    set({ deviceCode: prompt });
  },
});
