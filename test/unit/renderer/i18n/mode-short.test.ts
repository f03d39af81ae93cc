import { describe, expect, it } from 'vitest';
import { passcodeModes } from '../../../../shared/rules/passcode-codes';
import { modeShortLabels } from '../../../../renderer/i18n/mode-short';
import { decisionText } from '../../../../renderer/i18n/decision-text';
import { decidePasscodeCodes } from '../../../../shared/rules/passcode-rules';

describe("the device table's short enrollment words", () => {
  for (const language of ['en', 'it'] as const) {
    it(`has words for every mode, short enough for two lines of the column at 1280 px (${language})`, () => {
      for (const mode of passcodeModes) {
        const label = modeShortLabels[language][mode];
        expect(label, mode).toBeTruthy();
        // Two lines of about 14 characters each in a 125 px column (device-table-1280 e2e measures the real thing).
        expect(label.length, `${mode}: ${label}`).toBeLessThanOrEqual(28);
      }
    });
  }

  it('rides along with the full name in the decision text', () => {
    const text = decisionText(decidePasscodeCodes({ operatingSystem: 'Android', osVersion: '14', deviceType: 'androidEnterprise', deviceEnrollmentType: 'androidEnterpriseFullyManaged', managementAgent: 'mdm' }), 'it');
    expect(text.modeShort).toBe('Completamente gestito');
    expect(text.mode).toBe('Android Enterprise, dispositivo completamente gestito');
  });
});
