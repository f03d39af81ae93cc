import { describe, expect, it } from 'vitest';
import { aboutFacts, aboutText } from '../../../../main/electron/about-text';
import { err, ok } from '../../../../shared/result';

const appInfo = ok({
  name: 'Passcode Desk',
  version: '1.2.3',
  mode: 'demo',
  host: 'electron',
  locale: 'en-GB',
  logFolder: '/users/tech/Passcode Desk/action-log',
  signingKeyFingerprint: null,
  secretStorageWarning: null, demoDevices: null,
});
const logStatus = ok({ folder: '/users/tech/Passcode Desk/action-log', fingerprint: 'SHA256:ab12cd34', keyStorage: 'encrypted', findingsAtOpen: [] });

describe('the About box', () => {
  it('shows the version, log folder and signing-key fingerprint from the core', () => {
    expect(aboutFacts(appInfo, logStatus)).toEqual({
      version: '1.2.3',
      logFolder: '/users/tech/Passcode Desk/action-log',
      fingerprint: 'SHA256:ab12cd34',
      keyStorage: 'encrypted by the operating system',
    });
  });

  it('says "not available" for what a channel answering an error would have told', () => {
    const facts = aboutFacts(appInfo, err('unavailable', 'getLogStatus is not wired yet'));
    expect(facts.version).toBe('1.2.3');
    expect(facts.logFolder).toBe('/users/tech/Passcode Desk/action-log'); // getAppInfo knows the folder too
    expect(facts.fingerprint).toBe('not available');
    expect(facts.keyStorage).toBe('not available');
    expect(aboutFacts(err('internal', 'boom'), err('internal', 'boom'))).toEqual({
      version: 'not available',
      logFolder: 'not available',
      fingerprint: 'not available',
      keyStorage: 'not available',
    });
  });

  it('treats an answer of the wrong shape, or none, as unavailable', () => {
    expect(aboutFacts(ok({ version: 7 }), undefined).version).toBe('not available');
  });

  it('uses getAppInfo\'s fingerprint when the log status has none to give', () => {
    const withKey = ok({ ...(appInfo.ok ? appInfo.value : {}), signingKeyFingerprint: 'SHA256:ffee' });
    expect(aboutFacts(withKey, err('log_error', 'locked')).fingerprint).toBe('SHA256:ffee');
  });

  it('lays the facts out as lines that can be copied into a ticket', () => {
    const { message, detail } = aboutText('Passcode Desk', aboutFacts(appInfo, logStatus), { electron: '45.4.1', chrome: '140.0', node: '22.1.0' });
    expect(message).toBe('Passcode Desk');
    expect(detail.split('\n')).toEqual([
      'Version: 1.2.3',
      'Action log folder: /users/tech/Passcode Desk/action-log',
      'Signing key fingerprint: SHA256:ab12cd34',
      'Signing key storage: encrypted by the operating system',
      '',
      'Electron 45.4.1, Chromium 140.0, Node 22.1.0',
    ]);
  });
});
