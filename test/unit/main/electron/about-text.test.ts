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
  secretsInMemoryOnly: false, settingsReset: null, demoDevices: null,
});
const logStatus = ok({ folder: '/users/tech/Passcode Desk/action-log', fingerprint: 'SHA256:ab12cd34', keyStorage: 'encrypted', findingsAtOpen: [] });

describe('the About box', () => {
  it('shows the version, log folder and signing-key fingerprint from the core', () => {
    expect(aboutFacts(appInfo, logStatus)).toEqual({
      version: '1.2.3',
      logFolder: '/users/tech/Passcode Desk/action-log',
      fingerprint: 'SHA256:ab12cd34',
      keyStorage: 'encrypted',
    });
  });

  it('leaves out (null) what a channel answering an error would have told', () => {
    const facts = aboutFacts(appInfo, err('unavailable', 'getLogStatus is not wired yet'));
    expect(facts.version).toBe('1.2.3');
    expect(facts.logFolder).toBe('/users/tech/Passcode Desk/action-log'); // getAppInfo knows the folder too
    expect(facts.fingerprint).toBeNull();
    expect(facts.keyStorage).toBeNull();
    expect(aboutFacts(err('internal', 'boom'), err('internal', 'boom'))).toEqual({ version: null, logFolder: null, fingerprint: null, keyStorage: null });
  });

  it('treats an answer of the wrong shape, or none, as unavailable', () => {
    expect(aboutFacts(ok({ version: 7 }), undefined).version).toBeNull();
  });

  it('uses getAppInfo\'s fingerprint when the log status has none to give', () => {
    const withKey = ok({ ...(appInfo.ok ? appInfo.value : {}), signingKeyFingerprint: 'SHA256:ffee' });
    expect(aboutFacts(withKey, err('log_error', 'locked')).fingerprint).toBe('SHA256:ffee');
  });

  it('lays the facts out as lines that can be copied into a ticket', () => {
    const { title, buttons, message, detail } = aboutText('Passcode Desk', aboutFacts(appInfo, logStatus), { electron: '45.4.1', chrome: '140.0', node: '22.1.0' });
    expect(title).toBe('About Passcode Desk');
    expect(buttons).toEqual(['OK', 'Copy Details']);
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

  it('speaks Italian when the app does: title, buttons, labels and the missing facts', () => {
    const { title, buttons, detail } = aboutText('Passcode Desk', aboutFacts(appInfo, err('log_error', 'locked')), { electron: '45.4.1', chrome: '140.0', node: '22.1.0' }, 'it');
    expect(title).toBe('Informazioni su Passcode Desk');
    expect(buttons).toEqual(['OK', 'Copia i dettagli']);
    expect(detail.split('\n').slice(0, 4)).toEqual([
      'Versione: 1.2.3',
      'Cartella del registro delle azioni: /users/tech/Passcode Desk/action-log',
      'Impronta della chiave di firma: non disponibile',
      'Custodia della chiave di firma: non disponibile',
    ]);
    expect(aboutText('Passcode Desk', aboutFacts(appInfo, logStatus), {}, 'it').detail).toContain('Custodia della chiave di firma: cifrata dal sistema operativo');
    expect(detail).not.toMatch(/Version:|not available|Signing key/);
  });
});
