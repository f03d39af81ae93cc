import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_DEVICE_SPECS } from '../../../main/demo-tenant';
import { device, LIST, resetOf, startFixture, type Fixture } from './tenant-fixture';

/**
 * Every row of the passcode rule tables (shared/rules/passcode-rules.ts), written out here independently of the
 * fleet's own specs, with the outcome the tenant must produce over HTTP:
 * 'rejected' is the up-front 400, the others are the action's end state.
 */
const ORACLE: Readonly<Record<string, 'done' | 'failed' | 'notSupported' | 'rejected'>> = {
  // Seed: Android work profile, 7.0 and later: supported; 6.0 and earlier: not.
  'DEMO-AWP-7.0': 'done', 'DEMO-AWP-7.1.2': 'done', 'DEMO-AWP-14': 'done',
  'DEMO-AWP-6.0': 'rejected', 'DEMO-AWP-6.0.1': 'rejected', 'DEMO-AWP-6.9': 'rejected',
  // Seed: device administrator, 6.0 or earlier: supported; 7.0 or later: not.
  'DEMO-DA-5.1.1': 'done', 'DEMO-DA-6.0': 'done', 'DEMO-DA-6.0.1': 'done', 'DEMO-DA-6.9': 'done',
  'DEMO-DA-7.0': 'rejected', 'DEMO-DA-7.1.2': 'rejected', 'DEMO-DA-10': 'rejected',
  // Seed: iOS yes; macOS and Windows no.
  'DEMO-IOS-17': 'done', 'DEMO-IOS-18': 'done', 'DEMO-MACOS-15': 'rejected', 'DEMO-WINDOWS-11': 'rejected',
  // Current docs.
  'DEMO-IPADOS-18': 'done', 'DEMO-IPAD-REPORTED-AS-IOS': 'done',
  'DEMO-IOS-USER-ENROLLMENT': 'rejected', 'DEMO-IOS-USER-ENROLLMENT-SA': 'rejected', 'DEMO-IOS-ACCOUNT-DRIVEN-UE': 'rejected',
  'DEMO-AE-DEDICATED-13': 'done', 'DEMO-AE-FULLY-MANAGED-14': 'done', 'DEMO-AE-COPE-13': 'done',
  'DEMO-AOSP-USER-OWNED-12': 'done', 'DEMO-AOSP-USERLESS-10': 'done',
  'DEMO-LINUX': 'rejected', 'DEMO-CHROMEOS': 'rejected', 'DEMO-VISIONOS': 'rejected', 'DEMO-TVOS': 'rejected', 'DEMO-UNKNOWN-PLATFORM': 'rejected',
  // Known failure causes.
  'DEMO-FAIL-IOS-NO-POLICY': 'failed', 'DEMO-FAIL-IOS-NO-UNLOCK-TOKEN': 'failed', 'DEMO-FAIL-AWP-NO-POLICY': 'failed',
  'DEMO-FAIL-AWP-RESET-TOKEN-INACTIVE': 'notSupported', 'DEMO-FAIL-COPE-RESET-TOKEN-INACTIVE': 'notSupported',
  // Inputs to survive: the "AndroidForWork" OS string, unparseable versions, future enum values.
  'DEMO-AWP-OS-ANDROIDFORWORK-13': 'done', 'DEMO-DA-VERSION-EMPTY': 'rejected', 'DEMO-AWP-VERSION-UNKNOWN': 'rejected',
  'DEMO-DA-VERSION-7.X': 'rejected', 'DEMO-ENUM-FUTURE': 'rejected', 'DEMO-IOS-OTHER-PENDING': 'done',
};

let f: Fixture;
let fixed: Record<string, any>[];
beforeAll(async () => {
  f = await startFixture({ deviceCount: 500 });
  fixed = (await f.getAll(LIST)).slice(0, RULE_DEVICE_SPECS.length);
});
afterAll(async () => {
  expect(f.tenant.control.internalErrors()).toEqual([]);
  await f.tenant.close();
});

describe('the fleet covers every rule row', () => {
  it('puts exactly the oracle\'s devices first, each name once', () => {
    expect(fixed.map((d) => d.deviceName).sort()).toEqual(Object.keys(ORACLE).sort());
  });

  it('carries the facts each row is about', () => {
    const by = (name: string) => fixed.find((d) => d.deviceName === name)!;
    for (const version of ['6.0', '6.0.1', '6.9', '7.0', '7.1.2']) {
      expect(by(`DEMO-AWP-${version}`)).toMatchObject({ osVersion: version, deviceType: 'androidForWork' });
      expect(by(`DEMO-DA-${version}`)).toMatchObject({ osVersion: version, deviceType: 'android', managementAgent: 'mdm' });
    }
    expect(by('DEMO-AWP-OS-ANDROIDFORWORK-13').operatingSystem).toBe('AndroidForWork');
    expect(by('DEMO-IPADOS-18')).toMatchObject({ operatingSystem: 'iPadOS', deviceType: 'iPad' });
    expect([by('DEMO-DA-VERSION-EMPTY').osVersion, by('DEMO-AWP-VERSION-UNKNOWN').osVersion, by('DEMO-DA-VERSION-7.X').osVersion]).toEqual(['', 'unknown', '7.x']);
    expect(by('DEMO-AE-COPE-13').deviceEnrollmentType).toBe('androidEnterpriseCorporateWorkProfile');
    expect(by('DEMO-IOS-ACCOUNT-DRIVEN-UE').deviceEnrollmentType).toBe('appleAccountDrivenUserEnrollment');
  });

  it.each(Object.entries(ORACLE))('%s ends %s', async (name, expected) => {
    const id = f.tenant.control.deviceId(name);
    const answer = await f.post(resetOf(id));
    if (expected === 'rejected') {
      expect(answer.status).toBe(400);
      return;
    }
    expect(answer.status).toBe(204);
    const results = (await f.get(`${device(id)}?$select=deviceActionResults`)).body.deviceActionResults;
    expect(results.find((r: { actionName: string }) => r.actionName === 'resetPasscode').actionState).toBe(expected);
  });
});
