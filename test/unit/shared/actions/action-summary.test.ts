import { describe, expect, it } from 'vitest';
import {
  actionStates,
  canCloseByHand,
  closeActionRequestSchema,
  hasUnknownOutcome,
  isActionState,
  isTerminalState,
  lastActionOn,
  passcodeActionRequestSchema,
} from '../../../../shared/actions/action-summary';

describe('action states', () => {
  it('an action whose outcome nobody knows needs a second confirmation before the next one', () => {
    expect(actionStates.filter(hasUnknownOutcome)).toEqual(expect.arrayContaining(['unknown', 'unresolved', 'closed']));
    expect(actionStates.filter(hasUnknownOutcome)).toHaveLength(3);
  });

  it('only an action whose POST outcome is unknown can be closed by hand, and it is not yet ended', () => {
    expect(actionStates.filter(canCloseByHand).sort()).toEqual(['requested', 'unknown']);
    for (const state of actionStates.filter(canCloseByHand)) expect(isTerminalState(state)).toBe(false);
  });

  it('ended states stop being followed; the in-between ones do not', () => {
    for (const state of ['refused', 'done', 'failed', 'notSupported', 'canceled', 'unresolved', 'closed'] as const) expect(isTerminalState(state)).toBe(true);
    for (const state of ['requested', 'accepted', 'unknown', 'pending', 'active'] as const) expect(isTerminalState(state)).toBe(false);
  });

  it('a state string from elsewhere is ours only if we know it', () => {
    expect(isActionState('done')).toBe(true);
    expect(isActionState('queued')).toBe(false);
  });
});

describe('lastActionOn', () => {
  const actions = [
    { actionId: 'a', deviceId: 'dev-1', requestedAt: '2026-11-30T08:00:00.000Z', action: 'resetPasscode' as const },
    { actionId: 'b', deviceId: 'DEV-1 ', requestedAt: '2026-11-30T09:00:00.000Z', action: 'resetPasscode' as const },
    { actionId: 'c', deviceId: 'dev-1', requestedAt: '2026-11-30T10:00:00.000Z', action: 'syncDevice' as const },
    { actionId: 'd', deviceId: 'dev-2', requestedAt: '2026-11-30T11:00:00.000Z', action: 'resetPasscode' as const },
  ];

  it("finds the device's newest passcode action, whatever the id's case, unless asked for another kind", () => {
    expect(lastActionOn(actions, 'Dev-1')?.actionId).toBe('b');
    expect(lastActionOn(actions, 'dev-1', 'syncDevice')?.actionId).toBe('c');
    expect(lastActionOn(actions, 'dev-3')).toBeNull();
  });
});

describe('request schemas', () => {
  const request = { deviceId: '3f2b1c9a-0000-4000-8000-000000000001', ticket: ' INC-1 ', identityVerified: true, acknowledgedRecentActions: false };

  it('a request without an action is a passcode reset; the ticket is trimmed', () => {
    const parsed = passcodeActionRequestSchema.parse(request);
    expect(parsed).toMatchObject({ action: 'resetPasscode', ticket: 'INC-1' });
  });

  it('refuses an unknown action, an unknown field, and a ticket longer than the log keeps', () => {
    expect(passcodeActionRequestSchema.safeParse({ ...request, action: 'wipe' }).success).toBe(false);
    expect(passcodeActionRequestSchema.safeParse({ ...request, passcode: '1234' }).success).toBe(false);
    expect(passcodeActionRequestSchema.safeParse({ ...request, ticket: 'x'.repeat(257) }).success).toBe(false);
  });

  it('closing by hand needs a note that says something', () => {
    expect(closeActionRequestSchema.safeParse({ actionId: 'a1', note: '   ' }).success).toBe(false);
    expect(closeActionRequestSchema.parse({ actionId: 'a1', note: ' checked the portal ' }).note).toBe('checked the portal');
  });
});
