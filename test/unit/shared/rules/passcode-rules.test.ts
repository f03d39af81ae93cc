import { describe, expect, it } from 'vitest';
import type { PasscodeFacts } from '../../../../shared/rules/passcode-rules';
import { deviceAdmin, enterprise, expectDecision, workProfile } from './decision-cases';

describe('seed support matrix (the 2018 table)', () => {
  it('Android work profile 7.0 and later: reset, the user sets the new work profile password', () => {
    const decision = expectDecision(workProfile('7.0'), { eligible: true, mode: 'android_work_profile', source: 'seed', actionKind: 'reset' });
    expect(decision.outcomeCode).toBe('work_profile_passcode_reset');
  });

  it('Android 6.0 or earlier, device administrator: reset, new device passcode', () => {
    const decision = expectDecision(deviceAdmin('6.0'), {
      eligible: true, mode: 'android_device_admin', source: 'seed', actionKind: 'reset', generatesPasscode: true,
    });
    expect(decision.outcomeCode).toBe('device_admin_passcode_set');
  });

  it('iOS: passcode removed', () => {
    const decision = expectDecision(
      { operatingSystem: 'iOS', osVersion: '17.4.1', deviceType: 'iPhone', deviceEnrollmentType: 'appleBulkWithUser', managementAgent: 'mdm' },
      { eligible: true, mode: 'ios_device', source: 'seed', actionKind: 'remove' },
    );
    expect(decision.outcomeCode).toBe('apple_passcode_removed');
  });

  it('Android work profile 6.0 and earlier: not supported', () => {
    const decision = expectDecision(workProfile('6.0'), { eligible: false, mode: 'android_work_profile', source: 'seed', actionKind: 'reset' });
    expect(decision.reasonCode).toBe('work_profile_android_6_or_earlier');
  });

  it('Android device administrator 7.0 or later: not supported', () => {
    const decision = expectDecision(deviceAdmin('7.0'), { eligible: false, mode: 'android_device_admin', source: 'seed', actionKind: 'reset' });
    expect(decision.reasonCode).toBe('device_admin_android_7_or_later');
  });

  it('macOS: not supported', () => {
    expectDecision({ operatingSystem: 'macOS', osVersion: '14.5', deviceType: 'macMDM', managementAgent: 'mdm' }, {
      eligible: false, mode: 'macos', source: 'seed', actionKind: null,
    });
  });

  it('Windows: not supported', () => {
    expectDecision({ operatingSystem: 'Windows', osVersion: '10.0.22631.3447', deviceType: 'desktop', managementAgent: 'mdm' }, {
      eligible: false, mode: 'windows', source: 'seed', actionKind: null,
    });
  });
});

describe('current Intune docs (the current table)', () => {
  it('iPadOS: as iOS', () => {
    const decision = expectDecision({ operatingSystem: 'iPadOS', osVersion: '17.5', deviceType: 'iPad', managementAgent: 'mdm' }, {
      eligible: true, mode: 'ipados_device', source: 'current-docs', actionKind: 'remove',
    });
    expect(decision.outcomeCode).toBe('apple_passcode_removed');
  });

  it.each([
    ['appleUserEnrollment', 'iOS', 'iPhone'],
    ['appleUserEnrollmentWithServiceAccount', 'iOS', 'iPhone'],
    ['appleAccountDrivenUserEnrollment', 'iOS', 'iPhone'],
    ['appleAccountDrivenUserEnrollment', 'iPadOS', 'iPad'],
    ['APPLEUSERENROLLMENT', 'ios', null],
  ])('User Enrollment %s on %s: not supported', (deviceEnrollmentType, operatingSystem, deviceType) => {
    const decision = expectDecision({ operatingSystem, osVersion: '17.0', deviceType, deviceEnrollmentType, managementAgent: 'mdm' }, {
      eligible: false, mode: 'apple_user_enrollment', source: 'current-docs', actionKind: 'remove',
    });
    expect(decision.reasonCode).toBe('apple_user_enrollment');
  });

  it.each([
    ['androidEnterpriseDedicatedDevice', 'android_enterprise_dedicated', 'device_passcode_generated'],
    ['androidEnterpriseFullyManaged', 'android_enterprise_fully_managed', 'device_passcode_generated'],
    ['androidEnterpriseCorporateWorkProfile', 'android_enterprise_corporate_work_profile', 'work_profile_passcode_generated'],
  ] as const)('Android Enterprise %s: reset, Intune generates the passcode', (enrollmentType, mode, outcomeCode) => {
    const decision = expectDecision(enterprise(enrollmentType), {
      eligible: true, mode, source: 'current-docs', actionKind: 'reset', generatesPasscode: true,
    });
    expect(decision.outcomeCode).toBe(outcomeCode);
  });

  it.each([
    ['androidAOSPUserOwnedDeviceEnrollment', 'android_aosp_user_owned'],
    ['androidAOSPUserlessDeviceEnrollment', 'android_aosp_userless'],
  ] as const)('AOSP %s: reset, Intune generates the passcode', (enrollmentType, mode) => {
    const decision = expectDecision(
      { operatingSystem: 'Android', osVersion: '12', deviceType: 'android', deviceEnrollmentType: enrollmentType, managementAgent: 'intuneAosp' },
      { eligible: true, mode, source: 'current-docs', actionKind: 'reset', generatesPasscode: true },
    );
    expect(decision.outcomeCode).toBe('device_passcode_generated');
  });

  it.each([
    ['Linux', 'linux', 'linux'],
    ['ChromeOS', 'chromeOS', 'chromeos'],
    ['visionOS', 'visionOS', 'visionos'],
    ['tvOS', 'tvOS', 'tvos'],
  ] as const)('%s: not supported', (operatingSystem, deviceType, mode) => {
    expectDecision({ operatingSystem, osVersion: '1.0', deviceType, managementAgent: 'mdm' }, {
      eligible: false, mode, source: 'current-docs', actionKind: null,
    });
  });

  it.each([
    ['an unknown operating system', { operatingSystem: 'Symbian', osVersion: '9.4', deviceType: 'nokia' }],
    ['no facts at all', {}],
    ['all null', { operatingSystem: null, osVersion: null, deviceType: null, deviceEnrollmentType: null, managementAgent: null }],
    ['empty strings', { operatingSystem: '', osVersion: '', deviceType: '', deviceEnrollmentType: '', managementAgent: '' }],
    ['prototype keys', { operatingSystem: '__proto__', deviceType: 'constructor', deviceEnrollmentType: 'toString' }],
  ])('anything unknown (%s): not supported', (_, facts: PasscodeFacts) => {
    const decision = expectDecision(facts, { eligible: false, mode: 'unknown', source: 'current-docs', actionKind: null });
    expect(decision.reasonCode).toBe('platform_unknown');
  });
});
