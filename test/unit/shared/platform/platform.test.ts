import { describe, expect, it } from 'vitest';
import { platformOf } from '../../../../shared/platform/platform';

describe('platformOf', () => {
  it("reads Graph's operatingSystem whatever its spelling", () => {
    expect(platformOf({ operatingSystem: 'iOS' })).toBe('ios');
    expect(platformOf({ operatingSystem: 'iPadOS' })).toBe('ipados');
    expect(platformOf({ operatingSystem: 'AndroidForWork' })).toBe('android');
    expect(platformOf({ operatingSystem: 'Android Enterprise' })).toBe('android');
    expect(platformOf({ operatingSystem: 'Windows 10 Enterprise' })).toBe('windows');
    expect(platformOf({ operatingSystem: 'Mac OS X' })).toBe('macos');
    expect(platformOf({ operatingSystem: 'macOS' })).toBe('macos');
    expect(platformOf({ operatingSystem: 'ChromeOS' })).toBe('chromeos');
  });

  it('the operating system decides over the device type', () => {
    expect(platformOf({ operatingSystem: 'iPadOS', deviceType: 'iPhone' })).toBe('ipados');
  });

  it('falls back on the device type, then an Android enrollment type, when the OS is missing or unknown', () => {
    expect(platformOf({ operatingSystem: null, deviceType: 'iPad' })).toBe('ipados');
    expect(platformOf({ operatingSystem: 'Unknown', deviceType: 'SurfaceHub' })).toBe('windows');
    expect(platformOf({ operatingSystem: '', deviceType: 'unknown', deviceEnrollmentType: 'androidEnterpriseFullyManaged' })).toBe('android');
    expect(platformOf({})).toBe('unknown');
  });

  it('a wire value named like an Object.prototype member is not a platform', () => {
    expect(platformOf({ deviceType: 'constructor' })).toBe('unknown');
    expect(platformOf({ deviceType: '__proto__' })).toBe('unknown');
  });
});
