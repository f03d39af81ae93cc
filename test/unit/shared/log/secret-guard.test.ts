import { describe, expect, it } from 'vitest';
import { forbidSubstrings, secretProblem, stringValues } from '../../../../shared/log/secret-guard';

describe('secret guard', () => {
  const isSecret = forbidSubstrings(['482913', '']);

  it('finds a registered secret in the line or in any raw value', () => {
    expect(secretProblem('{"note":"code 482913"}', [], isSecret)).toMatch(/registered as secret/);
    expect(secretProblem('{"note":"escaped"}', ['raw 482913'], isSecret)).toMatch(/registered as secret/);
    expect(secretProblem('{"note":"nothing"}', ['nothing'], isSecret)).toBeNull();
  });

  it('an empty registered string matches nothing', () => {
    expect(forbidSubstrings([''])('anything')).toBe(false);
  });

  it('refuses token-looking text with no registration at all', () => {
    expect(secretProblem('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3In0.sig', [])).toMatch(/JWT/);
    expect(secretProblem('Authorization: bearer abcdefghijklmnopqrstuvwxyz', [])).toMatch(/bearer/);
  });

  it('collects nested string values', () => {
    expect(stringValues({ a: 'x', b: [{ c: 'y' }, 2, null], d: true })).toEqual(['x', 'y']);
  });
});
