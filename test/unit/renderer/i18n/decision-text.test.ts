import { describe, expect, it } from 'vitest';
import type { PasscodeReasonCode } from '../../../../shared/rules/passcode-codes';
import { passcodeAlternativeText } from '../../../../shared/rules/passcode-text';
import { catalogues } from '../../../../renderer/i18n/catalogues';
import { passcodeAlternativeTextIt } from '../../../../renderer/i18n/passcode-it';

// When Intune does not know enough about a device (version, enrollment, platform), the next step is a
// sync. The details panel has its own Sync button right above the rule: the advice names that button,
// by the label it has in the window's language, rather than sending the technician to Intune's page.
const needsASync: readonly PasscodeReasonCode[] = ['android_version_unknown', 'android_mode_unknown', 'platform_unknown', 'visionos_version_unknown'];

describe('what Intune offers instead, when a sync would tell the app enough', () => {
  for (const [language, alternatives] of [
    ['en', passcodeAlternativeText],
    ['it', passcodeAlternativeTextIt],
  ] as const) {
    it(`names the panel's own Sync button in ${language}`, () => {
      const button = catalogues[language].actions.sync;
      for (const code of needsASync) expect(alternatives[code], code).toContain(button);
    });
  }
});
