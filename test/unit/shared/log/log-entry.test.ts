import { describe, expect, it } from 'vitest';
import { formatFingerprint, parseFingerprint } from '../../../../shared/log/key-fingerprint';
import { actionEntryInputSchema } from '../../../../shared/log/log-entry';
import { integrityOf, type LogFinding } from '../../../../shared/log/log-finding';

const base = {
  type: 'accepted',
  actionId: '11111111-1111-4111-8111-111111111111',
  technician: { upn: 'tech@contoso.example', objectId: 'o' },
  tenantId: 't',
  device: { id: 'd', name: 'n' },
};

describe('log entry schema', () => {
  it('has no place for a token or passcode, at any level', () => {
    expect(actionEntryInputSchema.safeParse(base).success).toBe(true);
    expect(actionEntryInputSchema.safeParse({ ...base, passcode: '1234' }).success).toBe(false);
    expect(actionEntryInputSchema.safeParse({ ...base, accessToken: 'x' }).success).toBe(false);
    expect(actionEntryInputSchema.safeParse({ ...base, device: { ...base.device, passcode: '1' } }).success).toBe(false);
  });

  it('requires what each entry type cannot do without', () => {
    const missing = (fields: object) => actionEntryInputSchema.safeParse({ ...base, ...fields }).error?.issues.map((i) => i.path.join('.'));
    expect(missing({ type: 'requested' })).toEqual(['ticket', 'identityVerified', 'decision']);
    expect(missing({ type: 'failed' })).toEqual(['error']);
    expect(missing({ type: 'state' })).toEqual(['state']);
    expect(missing({ type: 'state', state: 'none' })).toEqual(['state']);
    expect(missing({ type: 'note', note: 'ok' })).toBeUndefined();
  });
});

describe('fingerprints', () => {
  it('are shown in groups of four and read back however they were typed', () => {
    const hex = 'ab'.repeat(32);
    expect(formatFingerprint(hex)).toBe(`${'abab '.repeat(15)}abab`);
    expect(parseFingerprint(formatFingerprint(hex).toUpperCase())).toBe(hex);
    expect(parseFingerprint('AB:'.repeat(31) + 'AB')).toBe(hex);
    expect(parseFingerprint('abc')).toBeNull();
  });
});

describe('file integrity', () => {
  const at = (kind: LogFinding['kind'], line: number): LogFinding => ({ kind, line, file: 'f', say: { code: 'emptyLine', params: {} } });
  it('puts breaks before unknown keys before a torn tail, and a BOM alone verifies', () => {
    expect(integrityOf([])).toEqual({ status: 'verified' });
    expect(integrityOf([at('bom', 1)])).toEqual({ status: 'verified' });
    expect(integrityOf([at('truncated', 9), at('unknown-key', 4)])).toEqual({ status: 'unknown-key', line: 4 });
    expect(integrityOf([at('truncated', 9), at('deleted', 7), at('edited', 3)])).toEqual({ status: 'broken', line: 3, kind: 'edited' });
    expect(integrityOf([at('truncated', 9)])).toEqual({ status: 'torn-tail', line: 9 });
  });
});
