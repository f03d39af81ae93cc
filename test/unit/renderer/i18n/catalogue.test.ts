import { describe, expect, it } from 'vitest';
import { actionStates } from '../../../../shared/actions/action-summary';
import { errorCodes } from '../../../../shared/result';
import { passcodeModes, passcodeOutcomeCodes, passcodeReasonCodes } from '../../../../shared/rules/passcode-codes';
import { decisionText } from '../../../../renderer/i18n/decision-text';
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

  it('are translated, not copied (product names aside)', () => {
    const productNames = new Set(['common.appName', 'devices.compliance.configManager']);
    const same = [...english].filter(
      ([path, value]) => typeof value === 'string' && value.length > 12 && !productNames.has(path) && italian.get(path) === value,
    );
    expect(same.map(([path]) => path)).toEqual([]);
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
});
