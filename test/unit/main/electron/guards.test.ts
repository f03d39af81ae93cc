import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../main/electron/guards';

// The permission policy behind limitPermissions: the e2e specs show it working
// in a window; these pin each branch.
describe('the Electron permission policy', () => {
  it('lets our own renderer write the clipboard (Copy passcode)', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://passcode-desk/index.html')).toBe(true);
    // The check handler passes an origin rather than a URL.
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://passcode-desk')).toBe(true);
  });

  it('refuses the clipboard write to any other origin', () => {
    for (const requesting of ['https://evil.example/', 'app://other-host/index.html', 'file:///tmp/x.html', '', undefined]) {
      expect(isPermissionAllowed('clipboard-sanitized-write', requesting)).toBe(false);
    }
  });

  it('refuses everything else, even to our own renderer', () => {
    for (const permission of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'fullscreen', 'midiSysex']) {
      expect(isPermissionAllowed(permission, 'app://passcode-desk/index.html')).toBe(false);
    }
  });
});
