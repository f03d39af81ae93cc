import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../main/base/events';
import { SessionState } from '../../../../main/auth/session-state';

const signedOut = { status: 'signedOut', account: null, mode: 'demo', tokenStorage: 'memory', problem: null } as const;

describe('the session state', () => {
  it('gives every change a higher revision and announces it once; an update that changes nothing keeps its revision', () => {
    const events = createEventHub();
    const announced: number[] = [];
    events.listen((event, payload) => {
      if (event === 'sessionChanged') announced.push((payload as { revision: number }).revision);
    });
    const state = new SessionState(events, signedOut);
    const first = state.get().revision;
    const signingIn = state.update({ status: 'signingIn' }).revision;
    expect(state.update({ status: 'signingIn' }).revision).toBe(signingIn);
    const signedIn = state.update({ status: 'signedIn' }).revision;
    expect(first).toBeLessThan(signingIn);
    expect(signingIn).toBeLessThan(signedIn);
    expect(announced).toEqual([signingIn, signedIn]);
  });

  it("counts across states: a new tenant's session reads as newer than the last one's", () => {
    const old = new SessionState(createEventHub(), signedOut);
    const later = old.update({ status: 'signingIn' }).revision;
    const next = new SessionState(createEventHub(), { ...signedOut, mode: 'tenant' });
    expect(next.get().revision).toBeGreaterThan(later);
  });
});
