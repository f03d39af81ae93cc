import { describe, expect, it } from 'vitest';
import { forwardingProblemSchema } from '../../../../shared/forwarding/forwarding-problem';
import { policyProblemSchema } from '../../../../shared/settings/policy-problem';

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
});
