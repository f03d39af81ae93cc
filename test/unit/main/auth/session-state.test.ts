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

describe('what the session keeps about the signed-in account', () => {
  const alex = { name: 'Alex', upn: 'alex@contoso.com', objectId: 'oid-alex', tenantId: 'tenant-1' };
  const robin = { name: 'Robin', upn: 'robin@contoso.com', objectId: 'oid-robin', tenantId: 'tenant-1' };
  const refusal = { deviceId: 'dev-1', deviceName: 'DEMO-IOS-17', at: '2026-12-01T09:30:00.000Z', error: { code: 'not_permitted' as const, message: 'Intune refused this account' } };

  it('keeps Intune’s refusal of the signed-in account and tells the window', () => {
    const events = createEventHub();
    const told: unknown[] = [];
    events.listen((event, payload) => event === 'sessionChanged' && told.push(payload));
    const state = new SessionState(events, { ...signedOut, status: 'signedIn', account: alex });
    state.rememberRefusal(refusal, { objectId: 'oid-alex', tenantId: 'TENANT-1' });
    expect(state.get().accountRefusal).toEqual(refusal);
    expect(told).toEqual([expect.objectContaining({ accountRefusal: refusal })]);
  });

  it('drops a refusal of an account that is no longer the signed-in one, or when nobody is signed in', () => {
    const state = new SessionState(createEventHub(), { ...signedOut, status: 'signedIn', account: alex });
    state.rememberRefusal(refusal, { objectId: 'oid-robin', tenantId: 'tenant-1' });
    state.rememberRefusal(refusal, { objectId: 'oid-alex', tenantId: 'tenant-2' });
    expect(state.get().accountRefusal).toBeUndefined();
    const out = new SessionState(createEventHub(), signedOut);
    out.rememberRefusal(refusal, { objectId: 'oid-alex', tenantId: 'tenant-1' });
    expect(out.get().accountRefusal).toBeUndefined();
  });

  it('forgets the refusal and the missing scopes at sign-out and when another account signs in, not on other changes', () => {
    const state = new SessionState(createEventHub(), { ...signedOut, status: 'signedIn', account: alex, missingScopes: ['X.PrivilegedOperations.All'] });
    state.rememberRefusal(refusal, { objectId: 'oid-alex', tenantId: 'tenant-1' });
    state.update({ problem: null, tokenStorage: 'encrypted' });
    expect(state.get()).toMatchObject({ accountRefusal: refusal, missingScopes: ['X.PrivilegedOperations.All'] });
    state.update({ status: 'signedIn', account: robin });
    expect(state.get().accountRefusal).toBeUndefined();
    expect(state.get().missingScopes).toBeUndefined();
    state.update({ status: 'signedIn', account: alex, missingScopes: ['X.PrivilegedOperations.All'] });
    state.rememberRefusal(refusal, { objectId: 'oid-alex', tenantId: 'tenant-1' });
    state.update({ status: 'signedOut', account: null });
    expect(state.get().accountRefusal).toBeUndefined();
    expect(state.get().missingScopes).toBeUndefined();
  });

  it('says nothing of missing scopes when none are missing', () => {
    const state = new SessionState(createEventHub(), { ...signedOut, status: 'signedIn', account: alex });
    expect('missingScopes' in state.update({ missingScopes: [] })).toBe(false);
  });
});
