import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../../main/auth/session-state';
import { SignInSlot } from '../../../../main/auth/sign-in-slot';
import { createEventHub } from '../../../../main/base/events';

function setUp(signedIn = false) {
  const session = new SessionState(createEventHub(), { status: signedIn ? 'signedIn' : 'signedOut', account: null, mode: 'demo', tokenStorage: 'memory', problem: null });
  let isSignedIn = signedIn;
  const slot = new SignInSlot(session, () => isSignedIn);
  const accept = () => {
    isSignedIn = true;
    return session.update({ status: 'signedIn', problem: null });
  };
  return { session, slot, accept };
}

describe('the sign-in slot shared by both sign-in services', () => {
  it('signs in with the result of the current attempt', async () => {
    const { slot, accept } = setUp();
    const attempt = slot.begin();
    expect(slot.pending).toBe(true);
    expect(await slot.settle(attempt, Promise.resolve('token'), accept)).toMatchObject({ ok: true, value: { status: 'signedIn' } });
    expect(slot.pending).toBe(false);
  });

  it('never signs in through an attempt a newer one replaced', async () => {
    const { slot, session, accept } = setUp();
    const first = slot.begin();
    const second = slot.begin();
    expect(first.ended).toBe('replaced');
    expect(await slot.settle(first, Promise.resolve('old'), accept)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(session.get().status).toBe('signingIn');
    expect((await slot.settle(second, Promise.resolve('new'), accept)).ok).toBe(true);
  });

  it('keeps an earlier sign-in after a failed attempt, and says what failed', async () => {
    const { slot, session, accept } = setUp(true);
    const attempt = slot.begin();
    const result = await slot.settle(attempt, Promise.reject(new Error('network down')), accept);
    expect(result.ok).toBe(false);
    expect(session.get()).toMatchObject({ status: 'signedIn' });
    expect(session.get().problem).toBeTruthy();
  });

  it('cancels a pending attempt back to the state before it', () => {
    const { slot, session } = setUp();
    const attempt = slot.begin();
    expect(slot.cancel()).toMatchObject({ status: 'signedOut', problem: null });
    expect(attempt.ended).toBe('cancelled');
    expect(session.get().status).toBe('signedOut');
    expect(slot.cancel()).toMatchObject({ status: 'signedOut' });
  });
});
