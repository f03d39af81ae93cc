import { describe, expect, it } from 'vitest';
import { decidePasscodeAction, type PasscodeFacts } from '../../../../shared/rules/passcode-rules';
import { deviceAdmin, expectDecision, workProfile } from './decision-cases';

// docs/intune-facts.md, "Which devices (the 2026 rules)": where Microsoft's current docs differ from the seed. One test per row.

const visionOs = (osVersion: string | null): PasscodeFacts => ({ operatingSystem: 'visionOS', osVersion, deviceType: 'visionOS', managementAgent: 'mdm' });
const ipad = (isSharedDevice: boolean | null | undefined): PasscodeFacts => ({
  operatingSystem: 'iPadOS', osVersion: '18.1', deviceType: 'iPad', deviceEnrollmentType: 'appleBulkWithoutUser', managementAgent: 'mdm', isSharedDevice,
});

describe('Android personally-owned work profile 7.x: the seed stands, with a caution quoting current docs', () => {
  it.each(['7.0', '7.1.2', '7.9'])('%s: eligible, caution that current docs list 8.0 and later', (osVersion) => {
    const decision = expectDecision(workProfile(osVersion), { eligible: true, mode: 'android_work_profile', source: 'seed-and-current-docs', actionKind: 'reset' });
    expect(decision.cautionCode).toBe('work_profile_docs_list_8_plus');
    expect(decision.caution).toMatch(/8\.0 and later/);
    expect(decision.outcomeCode).toBe('work_profile_passcode_reset');
  });
});

describe('Android personally-owned work profile 8.0 and later', () => {
  it.each(['8.0', '8.1.0', '14'])('%s: eligible, no caution, the outcome says Intune may generate a passcode', (osVersion) => {
    const decision = expectDecision(workProfile(osVersion), { eligible: true, mode: 'android_work_profile', source: 'seed-and-current-docs', actionKind: 'reset' });
    expect(decision.cautionCode).toBeNull();
    expect(decision.outcomeCode).toBe('work_profile_passcode_reset_or_generated');
    expect(decision.outcome).toMatch(/may also generate/);
  });
});

describe('visionOS: Remove passcode from 1.1 on', () => {
  it.each(['1.1', '1.1.1', '1.2', '2.0', '2.1', '26.0'])('%s: eligible, "Remove passcode"', (osVersion) => {
    const decision = expectDecision(visionOs(osVersion), { eligible: true, mode: 'visionos', source: 'current-docs', actionKind: 'remove' });
    expect(decision.outcomeCode).toBe('apple_passcode_removed');
  });

  it.each(['1.0', '1.0.3', '1', '0.9'])('%s: not eligible, the reason names visionOS 1.1', (osVersion) => {
    const decision = expectDecision(visionOs(osVersion), { eligible: false, mode: 'visionos', source: 'current-docs', actionKind: 'remove' });
    expect(decision.reasonCode).toBe('visionos_before_1_1');
    expect(decision.reason).toMatch(/visionOS 1\.1/);
  });

  it.each([null, '', 'beta', '1.x'])('version %j: not eligible, never a guess', (osVersion) => {
    const decision = expectDecision(visionOs(osVersion), { eligible: false, mode: 'visionos', source: 'current-docs', actionKind: 'remove' });
    expect(decision.reasonCode).toBe('visionos_version_unknown');
  });
});

describe('Shared iPad: not eligible where Graph says so', () => {
  it('isSharedDevice true: not eligible, Apple forbids ClearPasscode', () => {
    const decision = expectDecision(ipad(true), { eligible: false, mode: 'shared_ipad', source: 'current-docs', actionKind: 'remove' });
    expect(decision.reasonCode).toBe('shared_ipad');
  });

  it('an iPad reported as iOS that is shared: not eligible either', () => {
    const decision = decidePasscodeAction({ ...ipad(true), operatingSystem: 'iOS' });
    expect(decision).toMatchObject({ eligible: false, reasonCode: 'shared_ipad' });
  });

  it.each([false, null, undefined])('isSharedDevice %j (not shared, or not known from a list): eligible as iPadOS', (shared) => {
    expectDecision(ipad(shared), { eligible: true, mode: 'ipados_device', source: 'current-docs', actionKind: 'remove' });
  });
});

describe('Android device administrator 6.x and earlier: eligible per the seed, with the end-of-GMS note', () => {
  it.each(['5.1.1', '6.0', '6.0.1', '6.9'])('%s', (osVersion) => {
    const decision = expectDecision(deviceAdmin(osVersion), {
      eligible: true, mode: 'android_device_admin', source: 'seed-and-current-docs', actionKind: 'reset', generatesPasscode: true,
    });
    expect(decision.cautionCode).toBe('device_admin_gms_ended');
    expect(decision.caution).toMatch(/Google Mobile Services/);
  });

  it('7.0 device administrator stays refused, with no caution', () => {
    const decision = expectDecision(deviceAdmin('7.0'), { eligible: false, mode: 'android_device_admin', source: 'seed', actionKind: 'reset' });
    expect(decision.cautionCode).toBeNull();
  });
});

describe('Android Enterprise fully managed: device-level reset with a generated passcode (unchanged)', () => {
  it('eligible, passcode generated, no caution', () => {
    const decision = expectDecision(
      { operatingSystem: 'Android', osVersion: '14', deviceType: 'androidEnterprise', deviceEnrollmentType: 'androidEnterpriseFullyManaged', managementAgent: 'googleCloudDevicePolicyController' },
      { eligible: true, mode: 'android_enterprise_fully_managed', source: 'current-docs', actionKind: 'reset', generatesPasscode: true },
    );
    expect(decision.outcomeCode).toBe('device_passcode_generated');
    expect(decision.cautionCode).toBeNull();
  });
});
