import { expect } from 'vitest';
import type { PasscodeActionKind, PasscodeMode, RuleSource } from '../../../../shared/rules/passcode-codes';
import type { PasscodeDecision } from '../../../../shared/rules/passcode-decision';
import { decidePasscodeAction, type PasscodeFacts } from '../../../../shared/rules/passcode-rules';

export interface Expected {
  eligible: boolean;
  mode: PasscodeMode;
  source: RuleSource;
  actionKind: PasscodeActionKind | null;
  generatesPasscode?: boolean;
}

/** Checks the decision and the invariants every decision must keep (text present, no passcode when refused). */
export function expectDecision(facts: PasscodeFacts, expected: Expected): PasscodeDecision {
  const decision = decidePasscodeAction(facts);
  expect({
    eligible: decision.eligible,
    mode: decision.mode,
    source: decision.source,
    actionKind: decision.actionKind,
  }).toEqual({ eligible: expected.eligible, mode: expected.mode, source: expected.source, actionKind: expected.actionKind });
  expect(decision.generatesPasscode).toBe(expected.generatesPasscode ?? false);
  expect(decision.actionLabel).toBe(
    { remove: 'Remove passcode', reset: 'Reset passcode', none: null }[decision.actionKind ?? 'none'],
  );
  if (decision.eligible) {
    expect(decision.outcome.trim()).not.toBe('');
    expect(decision.reason).toBeNull();
  } else {
    expect(decision.reason.trim()).not.toBe('');
    expect(decision.outcome).toBeNull();
  }
  return decision;
}

export const workProfile = (osVersion: string | null | undefined): PasscodeFacts => ({
  operatingSystem: 'Android',
  osVersion,
  deviceType: 'androidForWork',
  deviceEnrollmentType: 'userEnrollment',
  managementAgent: 'mdm',
});
export const deviceAdmin = (osVersion: string | null | undefined): PasscodeFacts => ({
  operatingSystem: 'Android',
  osVersion,
  deviceType: 'android',
  deviceEnrollmentType: 'userEnrollment',
  managementAgent: 'mdm',
});
export const enterprise = (deviceEnrollmentType: string, managementAgent = 'googleCloudDevicePolicyController'): PasscodeFacts => ({
  operatingSystem: 'Android',
  osVersion: '14',
  deviceType: 'androidEnterprise',
  deviceEnrollmentType,
  managementAgent,
});
