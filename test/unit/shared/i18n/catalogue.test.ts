import { describe, expect, it } from 'vitest';
import { forwardingProblemParams } from '../../../../shared/forwarding/forwarding-problem';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';
import { chainLacks } from '../../../../shared/log/review-result';
import { appMessageParams } from '../../../../shared/messages/app-message';
import { policyProblemParams } from '../../../../shared/settings/policy-problem';
import { tenantActionsNoticeParams } from '../../../../shared/audits/tenant-actions-notice';
import { findingMessageParams, skipReasonParams } from '../../../../shared/messages/finding-message';

describe('the shared catalogue of main-made messages', () => {
  it('words every code in both languages, each value in its sentence, and differently in Italian', () => {
    const tables = [
      ['policyProblems', policyProblemParams],
      ['forwardingProblems', forwardingProblemParams],
      ['tenantActionsNotices', tenantActionsNoticeParams],
      ['appMessages', appMessageParams],
      ['findingMessages', findingMessageParams],
      ['skipReasons', skipReasonParams],
    ] as const;
    for (const [section, table] of tables) {
      for (const [code, names] of Object.entries(table) as [string, readonly string[]][]) {
        const params = Object.fromEntries(names.map((name) => [name, `⟨${name}⟩`]));
        const english = word(sharedText.en[section] as never, { code, params } as never);
        const italian = word(sharedText.it[section] as never, { code, params } as never);
        for (const name of names) {
          expect(english, `${section}.${code} en`).toContain(`⟨${name}⟩`);
          expect(italian, `${section}.${code} it`).toContain(`⟨${name}⟩`);
        }
        expect(italian, `${section}.${code}`).not.toBe(english);
      }
    }
  });

  it('words every lack of a chain in both languages, differently in Italian', () => {
    for (const lack of chainLacks) {
      expect(sharedText.en.chainLacks[lack], lack).toBeTruthy();
      expect(sharedText.it.chainLacks[lack], lack).not.toBe(sharedText.en.chainLacks[lack]);
    }
  });
});
