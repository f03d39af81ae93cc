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

  it('reads a decision object it saw lately no more (a packed page gives equal decisions one object), and still shares equal ones', () => {
    const intern = createDeviceInterner();
    // A page's decision, counting the reads of its fields: the key built from them is the cost being saved.
    let reads = 0;
    const counted = <T extends object>(value: T): T => new Proxy(value, { get: (target, field, receiver) => (reads++, Reflect.get(target, field, receiver)) });
    const pageDecision = counted({ ...makeDevice().decision });
    const first = intern(makeDevice({ id: 'a', decision: pageDecision }));
    const readsForFirst = reads;
    expect(readsForFirst).toBeGreaterThan(0);
    const second = intern(makeDevice({ id: 'b', decision: pageDecision }));
    expect(reads).toBe(readsForFirst);
    expect(second.decision).toBe(first.decision);
    // The next page's equal decision is another object: found by its key, and given the one kept.
    const nextPage = intern(JSON.parse(JSON.stringify(makeDevice({ id: 'c' }))) as ReturnType<typeof makeDevice>);
    expect(nextPage.decision).toBe(first.decision);
  });

  it('stays right after more distinct decision objects than it remembers by identity', () => {
    const intern = createDeviceInterner();
    const kept = intern(makeDevice({ id: 'a' })).decision;
    const cautioned = { ...makeDevice().decision, cautionCode: 'work_profile_docs_list_8_plus' } as ReturnType<typeof makeDevice>['decision'];
    for (let k = 0; k < 200; k++) {
      const plain = intern(makeDevice({ id: `p${k}`, decision: { ...makeDevice().decision } }));
      const other = intern(makeDevice({ id: `c${k}`, decision: { ...cautioned } }));
      expect(plain.decision).toBe(kept);
      expect(other.decision.cautionCode).toBe('work_profile_docs_list_8_plus');
      expect(other.decision).not.toBe(kept);
    }
  });
});
