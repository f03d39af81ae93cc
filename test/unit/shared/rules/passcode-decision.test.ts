import { describe, expect, it } from 'vitest';
import { passcodeModes, passcodeOutcomeCodes, passcodeReasonCodes } from '../../../../shared/rules/passcode-codes';
import { compactDecisionSchema, expandDecision } from '../../../../shared/rules/passcode-decision';
import { decidePasscodeAction, decidePasscodeCodes, type PasscodeFacts } from '../../../../shared/rules/passcode-rules';
import {
  passcodeModeLabels,
  passcodeOutcomeText,
  passcodeReasonText,
} from '../../../../shared/rules/passcode-text';

describe('compact decisions', () => {
  const samples: PasscodeFacts[] = [
    { operatingSystem: 'iOS', deviceType: 'iPhone' },
    { operatingSystem: 'Android', osVersion: '6.0.1', deviceType: 'android', managementAgent: 'mdm' },
    { operatingSystem: 'Android', osVersion: '7.x', deviceType: 'androidForWork' },
    { operatingSystem: 'Android', deviceEnrollmentType: 'androidEnterpriseDedicatedDevice' },
    { operatingSystem: 'Windows' },
    {},
  ];

  it.each(samples)('expanding the codes gives the full decision (%j)', (facts) => {
    const compact = decidePasscodeCodes(facts);
    expect(compactDecisionSchema.parse(compact)).toEqual(compact);
    expect(expandDecision(compact)).toEqual(decidePasscodeAction(facts));
  });

  it('carries codes only', () => {
    const compact = decidePasscodeCodes({ operatingSystem: 'iOS', deviceType: 'iPhone' });
    expect(compact).toEqual({ eligible: true, mode: 'ios_device', outcomeCode: 'apple_passcode_removed', source: 'seed' });
  });

  it('the schema refuses unknown codes and mixed shapes', () => {
    const valid = { eligible: false, mode: 'macos', reasonCode: 'macos_not_supported', source: 'seed' };
    expect(compactDecisionSchema.safeParse(valid).success).toBe(true);
    expect(compactDecisionSchema.safeParse({ ...valid, reasonCode: 'because' }).success).toBe(false);
    expect(compactDecisionSchema.safeParse({ ...valid, mode: 'blackberry' }).success).toBe(false);
    expect(compactDecisionSchema.safeParse({ ...valid, eligible: true }).success).toBe(false);
  });

  it('an ineligible device never reports a generated passcode', () => {
    const refused = expandDecision({ eligible: false, mode: 'android_device_admin', reasonCode: 'device_admin_android_7_or_later', source: 'seed' });
    expect(refused.generatesPasscode).toBe(false);
    expect(refused.actionLabel).toBe('Reset passcode');
  });
});

describe('English text catalogue', () => {
  it.each([
    ['modes', passcodeModes, passcodeModeLabels],
    ['reasons', passcodeReasonCodes, passcodeReasonText],
    ['outcomes', passcodeOutcomeCodes, passcodeOutcomeText],
  ] as const)('has text for every one of the %s', (_, codes, table: Readonly<Record<string, string>>) => {
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(table[code]?.trim()).not.toBe('');
  });
});
