import { describe, expect, it } from 'vitest';
import { BEHIND_WARNING_MS, forwardingOff, isBehindTooLong, type ForwardingStatus } from '../../../../shared/forwarding/forwarding-status';

const since = '2026-11-30T08:00:00.000Z';
const start = Date.parse(since);
const retrying = (pending: number, behindSince: string | null): ForwardingStatus => ({ ...forwardingOff(null, 'syslog:6514'), state: 'retrying', pending, behindSince });

describe('isBehindTooLong: the header warning nobody can miss', () => {
  it('warns once lines have waited for the collector longer than an hour, not before', () => {
    expect(isBehindTooLong(retrying(3, since), start + BEHIND_WARNING_MS)).toBe(false);
    expect(isBehindTooLong(retrying(3, since), start + BEHIND_WARNING_MS + 1)).toBe(true);
  });

  it('never warns when nothing is waiting', () => {
    expect(isBehindTooLong(retrying(0, since), start + 10 * BEHIND_WARNING_MS)).toBe(false);
    expect(isBehindTooLong(retrying(2, null), start + 10 * BEHIND_WARNING_MS)).toBe(false);
  });
});
