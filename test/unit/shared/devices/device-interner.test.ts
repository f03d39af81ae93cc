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
});
