import { describe, expect, it } from 'vitest';
import { forwardingProblemSchema } from '../../../../shared/forwarding/forwarding-problem';
import { policyProblemSchema } from '../../../../shared/settings/policy-problem';
import { logFindingSchema } from '../../../../shared/log/log-finding';
import { skippedPathSchema } from '../../../../shared/log/review-result';

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

describe('a review finding and a skipped path on the wire', () => {
  const finding = { kind: 'edited', file: 'f', line: 2, say: { code: 'lineEdited', params: {} } };
  it('carry a known code, never an English sentence', () => {
    expect(logFindingSchema.safeParse(finding).success).toBe(true);
    expect(logFindingSchema.safeParse({ ...finding, also: { code: 'fileMissingHint', params: {} } }).success).toBe(true);
    expect(logFindingSchema.safeParse({ kind: 'edited', file: 'f', line: 2, message: 'the line was changed' }).success).toBe(false);
    expect(logFindingSchema.safeParse({ ...finding, say: { code: 'noSuchFinding', params: {} } }).success).toBe(false);
    expect(skippedPathSchema.safeParse({ path: 'p', reason: { code: 'cannotRead', params: { cause: 'ENOENT' } } }).success).toBe(true);
    expect(skippedPathSchema.safeParse({ path: 'p', reason: 'cannot be read: ENOENT' }).success).toBe(false);
  });
});
