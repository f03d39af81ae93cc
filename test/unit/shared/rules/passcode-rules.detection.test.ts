import { describe, expect, it } from 'vitest';
import { decidePasscodeAction, type PasscodeFacts } from '../../../../shared/rules/passcode-rules';
import { deviceAdmin, enterprise, expectDecision, workProfile } from './decision-cases';

const unknownVersion = 'Android version unknown: cannot confirm support';

describe('Android version boundaries (major version of osVersion)', () => {
  it.each(['4.4.4', '5.1', '6.0', '6.0.1', '6.9'])('work profile on %s: not eligible', (osVersion) => {
    const decision = expectDecision(workProfile(osVersion), { eligible: false, mode: 'android_work_profile', source: 'seed', actionKind: 'reset' });
    expect(decision.reasonCode).toBe('work_profile_android_6_or_earlier');
  });

  it.each(['7.0', '7.1.2', '8.1.0', '14', ' 15 '])('work profile on %s: eligible (the seed decides, current docs add to it)', (osVersion) => {
    expectDecision(workProfile(osVersion), { eligible: true, mode: 'android_work_profile', source: 'seed-and-current-docs', actionKind: 'reset' });
  });

  it.each(['4.4.4', '5.1', '6.0', '6.0.1', '6.9'])('device administrator on %s: eligible, with the end-of-GMS note', (osVersion) => {
    const decision = expectDecision(deviceAdmin(osVersion), {
      eligible: true, mode: 'android_device_admin', source: 'seed-and-current-docs', actionKind: 'reset', generatesPasscode: true,
    });
    expect(decision.cautionCode).toBe('device_admin_gms_ended');
  });

  it.each(['7.0', '7.1.2', '8.1.0', '14'])('device administrator on %s: not eligible', (osVersion) => {
    const decision = expectDecision(deviceAdmin(osVersion), { eligible: false, mode: 'android_device_admin', source: 'seed', actionKind: 'reset' });
    expect(decision.reasonCode).toBe('device_admin_android_7_or_later');
  });

  it.each([null, undefined, '', '   ', 'abc', '7.x', 'x.7', '7.0-beta', 'Android 7', '.7', '7.', '-7', '7..1'])(
    'version %j, where the rule needs it: not eligible, never a guess',
    (osVersion) => {
      const cases = [
        [workProfile(osVersion), 'android_work_profile'],
        [deviceAdmin(osVersion), 'android_device_admin'],
      ] as const;
      for (const [facts, mode] of cases) {
        const decision = expectDecision(facts, { eligible: false, mode, source: 'seed', actionKind: 'reset' });
        expect(decision.reasonCode).toBe('android_version_unknown');
        expect(decision.reason).toBe(unknownVersion);
      }
    },
  );

  it.each([null, 'abc', '7.x'])('version %j where the rule does not need it: still decided', (osVersion) => {
    expectDecision({ operatingSystem: 'iOS', osVersion, deviceType: 'iPhone', managementAgent: 'mdm' }, {
      eligible: true, mode: 'ios_device', source: 'seed', actionKind: 'remove',
    });
    expectDecision({ ...enterprise('androidEnterpriseFullyManaged'), osVersion }, {
      eligible: true, mode: 'android_enterprise_fully_managed', source: 'current-docs', actionKind: 'reset', generatesPasscode: true,
    });
  });
});

describe('telling Android modes apart (detection)', () => {
  it.each([
    ['AndroidForWork OS with deviceType androidForWork', { operatingSystem: 'AndroidForWork', deviceType: 'androidForWork' }],
    ['AndroidForWork OS without deviceType', { operatingSystem: 'AndroidForWork' }],
    ['AndroidForWork OS with deviceType unknown', { operatingSystem: 'AndroidForWork', deviceType: 'unknown' }],
    ['other casing and spacing', { operatingSystem: 'android for work', deviceType: 'ANDROIDFORWORK' }],
    ['missing OS, deviceType androidForWork', { deviceType: 'androidForWork' }],
  ])('%s: personally-owned work profile', (_, signals: PasscodeFacts) => {
    expectDecision({ osVersion: '9', managementAgent: 'mdm', ...signals }, {
      eligible: true, mode: 'android_work_profile', source: 'seed-and-current-docs', actionKind: 'reset',
    });
  });

  it('an enrollment type wins over work profile signals (corporate-owned work profile on Android 6)', () => {
    expectDecision({ ...enterprise('androidEnterpriseCorporateWorkProfile'), deviceType: 'androidForWork', osVersion: '6.0' }, {
      eligible: true, mode: 'android_enterprise_corporate_work_profile', source: 'current-docs', actionKind: 'reset', generatesPasscode: true,
    });
  });

  it('enrollment types are read case-insensitively', () => {
    expect(decidePasscodeAction(enterprise('ANDROIDENTERPRISEDEDICATEDDEVICE')).mode).toBe('android_enterprise_dedicated');
  });

  it.each([
    ['deviceType android with another agent', { deviceType: 'android', managementAgent: 'googleCloudDevicePolicyController' }],
    ['deviceType android without an agent', { deviceType: 'android' }],
    ['deviceType android but an AndroidForWork OS', { operatingSystem: 'AndroidForWork', deviceType: 'android', managementAgent: 'mdm' }],
    ['deviceType androidEnterprise without an enrollment type', { deviceType: 'androidEnterprise', managementAgent: 'mdm' }],
    ['an unknown enrollment type', { deviceType: 'androidEnterprise', deviceEnrollmentType: 'androidSomethingNew' }],
    ['an unknown deviceType', { deviceType: 'foldablePhone', managementAgent: 'mdm' }],
    ['no deviceType', { managementAgent: 'mdm' }],
  ])('%s: enrollment mode unknown, not eligible', (_, signals: PasscodeFacts) => {
    const decision = expectDecision({ operatingSystem: 'Android', osVersion: '6.0', ...signals }, {
      eligible: false, mode: 'unknown', source: 'current-docs', actionKind: null,
    });
    expect(decision.reasonCode).toBe('android_mode_unknown');
  });
});

describe('telling platforms apart', () => {
  it.each([
    ['IOS', 'iPhone', 'ios_device'],
    ['ios', null, 'ios_device'],
    [null, 'iPhone', 'ios_device'],
    ['iOS', 'iPad', 'ipados_device'], // iPads enrolled before iPadOS existed
    ['IPADOS', null, 'ipados_device'],
    [null, 'iPad', 'ipados_device'],
  ] as const)('operatingSystem %j, deviceType %j: %s', (operatingSystem, deviceType, mode) => {
    expect(decidePasscodeAction({ operatingSystem, deviceType, osVersion: '17.0' })).toMatchObject({ eligible: true, mode });
  });

  it('operatingSystem decides over a conflicting enrollment type', () => {
    expect(decidePasscodeAction({ ...enterprise('androidEnterpriseFullyManaged'), operatingSystem: 'Windows' })).toMatchObject({
      eligible: false,
      mode: 'windows',
    });
  });

  it('an Android enrollment type identifies Android when nothing else does', () => {
    expect(decidePasscodeAction({ deviceEnrollmentType: 'androidAOSPUserlessDeviceEnrollment' }).mode).toBe('android_aosp_userless');
  });

  it('values of the wrong type from the wire are treated as unknown, not thrown on', () => {
    const junk = { operatingSystem: 42, osVersion: { major: 7 }, deviceType: ['iPhone'], managementAgent: true };
    expect(decidePasscodeAction(junk as unknown as PasscodeFacts)).toMatchObject({ eligible: false, mode: 'unknown' });
  });
});
