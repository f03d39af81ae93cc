import { describe, expect, it } from 'vitest';
import { createDeviceInterner } from '../../../../shared/devices/device-interner';
import { makeDevice } from '../../renderer/support/fixtures';

describe('sharing repeated device values', () => {
  it('gives devices with the same decision one decision object, and changes no value', () => {
    const intern = createDeviceInterner();
    // Parsed from JSON, as the window gets them: every device has its own copies.
    const parse = (overrides: Parameters<typeof makeDevice>[0]) => JSON.parse(JSON.stringify(makeDevice(overrides))) as ReturnType<typeof makeDevice>;
    const a = parse({ id: 'a', name: 'IPAD-A' });
    const b = parse({ id: 'b', name: 'IPAD-B' });
    const other = parse({ id: 'c', decision: { eligible: false, mode: 'apple_user_enrollment', reasonCode: 'apple_user_enrollment', source: 'current-docs' } });
    const before = [a, b, other].map((device) => JSON.stringify(device));
    expect(a.decision).not.toBe(b.decision);
    const [x, y, z] = [a, b, other].map(intern);
    expect(x!.decision).toBe(y!.decision);
    expect(z!.decision).not.toBe(x!.decision);
    expect([x, y, z].map((device) => JSON.stringify(device))).toEqual(before);
  });

  it('keeps a decision that differs only in its caution apart (a device must not lose or gain a caution)', () => {
    const intern = createDeviceInterner();
    const plain = intern(makeDevice({ id: 'a' }));
    const cautioned = intern(makeDevice({ id: 'b', decision: { ...makeDevice().decision, cautionCode: 'work_profile_docs_list_8_plus' } as ReturnType<typeof makeDevice>['decision'] }));
    expect(cautioned.decision.cautionCode).toBe('work_profile_docs_list_8_plus');
    expect(plain.decision.cautionCode).toBeUndefined();
  });

  it('keeps only the fields of a device, whatever else the object carried', () => {
    const intern = createDeviceInterner();
    const carried = { ...makeDevice({ id: 'a', isSharedDevice: true }), extra: 'not a device field' };
    const device = intern(carried);
    expect(device).not.toHaveProperty('extra');
    expect(device).toEqual(makeDevice({ id: 'a', isSharedDevice: true }));
  });
});
