import { describe, expect, it } from 'vitest';
import { actionStates } from '../../../../shared/actions/action-summary';
import { errorCodes } from '../../../../shared/result';
import { passcodeModes, passcodeOutcomeCodes, passcodeReasonCodes } from '../../../../shared/rules/passcode-codes';
import { decisionText } from '../../../../renderer/i18n/decision-text';
import { formattersFor } from '../../../../renderer/i18n/format';
import { en } from '../../../../renderer/i18n/en';
import { it as itCatalogue } from '../../../../renderer/i18n/it';
import { passcodeModeLabelsIt, passcodeOutcomeTextIt, passcodeReasonTextIt } from '../../../../renderer/i18n/passcode-it';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalogue with its path: strings as they are, functions as their arity. */
function leaves(tree: Tree, prefix = ''): Map<string, string | number> {
  const out = new Map<string, string | number>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, value.length);
    else for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
  }
  return out;
}

/** Every leaf as the user reads it: strings as they are, functions called with recognisable arguments. */
function rendered(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => `⟨${i + 2}⟩`))));
    else for (const [p, v] of rendered(value as Tree, path)) out.set(p, v);
  }
  return out;
}

describe('the catalogues', () => {
  const english = leaves(en);
  const italian = leaves(itCatalogue);

  it('have the same keys, and the same parameters for each message with parameters', () => {
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of english) {
      if (typeof value === 'number') expect(italian.get(path), path).toBe(value);
    }
  });

  it('have no empty message', () => {
    for (const [path, value] of [...english, ...italian]) if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
  });

  it('are translated, not copied: every message, short ones and messages with parameters too, brand names and symbols aside', () => {
    // Identical in both languages on purpose: product and brand names, Intune's own English terms, symbols, pure templates.
    const sameInBothLanguages = new Set([
      'common.appName',
      'common.notAvailable',
      'devices.compliance.configManager',
      'devices.families.apple',
      'devices.families.android',
      'details.imei',
      'devices.imeiPrefix',
      'settings.languageEn',
      'settings.languageIt',
      'shell.tenantBadge',
      'shell.account',
      'start.tenantLabel',
      'actions.columns.ticket',
      'review.ticket',
      'review.columns.ticket',
      'review.identityNo',
      'confirm.title',
      'confirm.titleSent',
      'confirm.recentRow',
      'actions.live',
      'review.period',
      // Intune's Italian UI says "passcode" too; "Intune" is the product; "No" is Italian as well.
      'actions.kinds.resetPasscode',
      'review.intune.chainTitle',
      'review.intune.intuneState',
      'checks.sharedIpadNo',
      // Italian Windows and macOS menus say "File" and "OK" too.
      'main.menu.file',
      'main.menu.aboutOk',
      // "mm" is the month in Italian date patterns too (gg/mm/aaaa).
      'review.dateLetters.month',
    ]);
    const english = rendered(en);
    const italian = rendered(itCatalogue);
    const same = [...english].filter(([path, value]) => !sameInBothLanguages.has(path) && italian.get(path) === value);
    expect(same.map(([path]) => path)).toEqual([]);
  });

  it('keep the allow-list honest: every name on it exists and really reads the same', () => {
    const english = rendered(en);
    const italian = rendered(itCatalogue);
    for (const path of ['details.imei', 'common.appName', 'settings.languageIt']) expect(italian.get(path), path).toBe(english.get(path));
  });

  it('use the terms of Intune’s own Italian admin center and docs', () => {
    expect(itCatalogue.actions.title).toBe('Azioni del dispositivo');
    expect(itCatalogue.devices.region).toBe('Tutti i dispositivi');
    expect(decisionText({ eligible: true, mode: 'ios_device', outcomeCode: 'apple_passcode_removed', source: 'seed' }, 'it').actionLabel).toBe('Rimuovi il passcode');
    expect(itCatalogue.details.whyNot).not.toBe('Perché no');
    expect(itCatalogue.review.chartMax('4')).not.toMatch(/Giorno più alto/);
  });

  it('name every error code and action state', () => {
    for (const code of errorCodes) expect(itCatalogue.errors[code]).toBeTruthy();
    for (const state of actionStates) {
      expect(itCatalogue.states[state]).toBeTruthy();
      expect(itCatalogue.stateHints[state]).toBeTruthy();
    }
  });

  it('give Italian text for every decision code of the shared rule engine', () => {
    for (const code of passcodeReasonCodes) expect(passcodeReasonTextIt[code].length).toBeGreaterThan(10);
    for (const code of passcodeOutcomeCodes) expect(passcodeOutcomeTextIt[code].length).toBeGreaterThan(10);
    for (const mode of passcodeModes) expect(passcodeModeLabelsIt[mode]).toBeTruthy();
  });

  it('expand a decision in the shown language', () => {
    const ios = { eligible: true, mode: 'ios_device', outcomeCode: 'apple_passcode_removed', source: 'seed' } as const;
    expect(decisionText(ios, 'en')).toMatchObject({ actionLabel: 'Remove passcode', eligible: true });
    expect(decisionText(ios, 'it')).toMatchObject({ actionLabel: 'Rimuovi il passcode', mode: 'Dispositivo iOS' });
    const mac = { eligible: false, mode: 'macos', reasonCode: 'macos_not_supported', source: 'seed' } as const;
    expect(decisionText(mac, 'it').text).toMatch(/macOS/);
    expect(decisionText(mac, 'it').actionLabel).toBeNull();
  });

  it('format every number one way: thousands grouped in Italian counts and prose alike', () => {
    expect(formattersFor('it-IT').number(2500)).toBe('2.500');
    expect(formattersFor('it-IT').number(100000)).toBe('100.000');
    expect(formattersFor('en-US').number(2500)).toBe('2,500');
    expect(itCatalogue.start.demoText(formattersFor('it-IT').number(2500))).toContain(': 2.500 dispositivi');
  });

  it('say what Intune offers instead for every ineligible device, in both languages', () => {
    const da7 = { eligible: false, mode: 'android_device_admin', reasonCode: 'device_admin_android_7_or_later', source: 'seed' } as const;
    expect(decisionText(da7, 'en').alternative).toMatch(/Remote lock and Wipe/);
    expect(decisionText(da7, 'it').alternative).toMatch(/Blocco remoto e Cancella/);
    for (const code of passcodeReasonCodes) {
      const compact = { eligible: false, mode: 'unknown', reasonCode: code, source: 'seed' } as const;
      expect(decisionText(compact, 'en').alternative?.length, code).toBeGreaterThan(20);
      expect(decisionText(compact, 'it').alternative?.length, code).toBeGreaterThan(20);
    }
  });

  it('never tell the technician to give a dedicated device’s passcode to a user it does not have, nor say it twice', () => {
    const dedicated = decisionText({ eligible: true, mode: 'android_enterprise_dedicated', outcomeCode: 'device_passcode_generated', source: 'current-docs' }, 'en');
    expect(dedicated.userless).toBe(true);
    expect(dedicated.text).not.toMatch(/user/);
    expect(en.details.generatesPasscodeUserless).toMatch(/no user/);
    const managed = decisionText({ eligible: true, mode: 'android_enterprise_fully_managed', outcomeCode: 'device_passcode_generated', source: 'current-docs' }, 'en');
    expect(managed.userless).toBe(false);
    // The outcome says what happens on the device; only the note speaks of revealing it, once.
    expect(managed.text).not.toMatch(/shown here|reveal/);
  });
});
