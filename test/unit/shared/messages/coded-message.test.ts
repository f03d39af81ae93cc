import { describe, expect, it } from 'vitest';
import { forwardingProblemParams, forwardingProblemSchema } from '../../../../shared/forwarding/forwarding-problem';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { word } from '../../../../shared/messages/coded-message';
import { policyProblemParams, policyProblemSchema } from '../../../../shared/settings/policy-problem';

describe('coded messages', () => {
  it('accepts a known code with exactly its parameters, as strings', () => {
    expect(policyProblemSchema.safeParse({ code: 'badTenant', params: { value: 'x' } }).success).toBe(true);
    expect(forwardingProblemSchema.safeParse({ code: 'connectTimeout', params: { collector: 'a:1', seconds: '15' } }).success).toBe(true);
  });

  it('refuses an unknown code, a missing, extra or non-string parameter, and plain words', () => {
    for (const bad of [
      { code: 'noSuchCode', params: {} },
      { code: 'badTenant', params: {} },
      { code: 'badTenant', params: { value: 'x', other: 'y' } },
      { code: 'badTenant', params: { value: 3 } },
      { code: 'toString', params: {} },
      'the file is not valid JSON',
      null,
    ]) {
      expect(policyProblemSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('words every code in both languages, each value in its sentence, and differently in Italian', () => {
    const tables = [
      ['policyProblems', policyProblemParams],
      ['forwardingProblems', forwardingProblemParams],
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
});
