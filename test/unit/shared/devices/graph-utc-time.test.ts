import { describe, expect, it } from 'vitest';
import { isPlainGraphUtc } from '../../../../shared/devices/graph-utc-time';

/**
 * What the check takes is kept as Graph wrote it (plus ".000"), anything else
 * goes through Date. So it must take exactly the values of the earlier regular
 * expression whose Date round trip gives back the same time: after the epoch,
 * and on a day the month has (Date rolls 2026-02-30 into March; that one must
 * keep going the long way).
 */
const earlierForm = /^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;
const roundTrip = (value: string) => new Date(Date.parse(value)).toISOString();
const earlier = (value: string) => earlierForm.test(value) && value > '1970-01-01T00:00:00Z' && roundTrip(value) === `${value.slice(0, 19)}.000Z`;

/** A small seeded generator (mulberry32), so a failure names a value that comes back every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('isPlainGraphUtc', () => {
  it('takes Graph usual times and refuses the ones that need a Date', () => {
    expect(isPlainGraphUtc('2026-11-08T07:56:10Z')).toBe(true);
    expect(isPlainGraphUtc('1970-01-01T00:00:01Z')).toBe(true);
    expect(isPlainGraphUtc('9999-12-31T23:59:59Z')).toBe(true);
    expect(isPlainGraphUtc('2026-01-31T10:00:00Z')).toBe(true);
    expect(isPlainGraphUtc('2024-02-29T10:00:00Z')).toBe(true); // a leap year
    expect(isPlainGraphUtc('2000-02-29T10:00:00Z')).toBe(true); // a leap century
    for (const value of [
      '1970-01-01T00:00:00Z', // the epoch: no time
      '0001-01-01T00:00:00Z', // Graph's "never"
      '1969-12-31T23:59:59Z',
      '2026-02-29T00:00:00Z', // no such day: Date makes it 1 March, so it goes the long way
      '2100-02-29T00:00:00Z', // not a leap year (a century)
      '2026-04-31T12:00:00Z',
      '2026-01-32T12:00:00Z',
      '2026-11-08T07:56:10.5Z',
      '2026-11-08T07:56:10+01:00',
      '2026-13-08T07:56:10Z',
      '2026-11-00T07:56:10Z',
      '2026-11-08T24:00:00Z',
      '2026-11-08T07:60:10Z',
      '2026-11-08 07:56:10Z',
      '２０２６-11-08T07:56:10Z',
      '',
    ]) {
      expect(isPlainGraphUtc(value), value).toBe(false);
    }
  });

  it('takes days 29 to 31 exactly when Date keeps them, in every month from 1970 to 2400', () => {
    let taken = 0;
    for (let year = 1970; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [29, 30, 31]) {
          const value = `${year}-${String(month).padStart(2, '0')}-${day}T08:30:00Z`;
          const kept = roundTrip(value) === `${value.slice(0, 19)}.000Z`;
          expect(isPlainGraphUtc(value), value).toBe(kept);
          if (kept) taken++;
        }
      }
    }
    // 431 years of 12 months: 7 months of 31 days, 4 of 30, and the 29 Februaries (105 leap years).
    expect(taken).toBe(431 * (7 * 3 + 4 * 2) + 105);
  });

  it('agrees with the earlier form and Date on 100,000 near-miss values', () => {
    const random = seeded(19);
    const alphabet = '0123456789-T:Z.+ 9';
    let taken = 0;
    for (let i = 0; i < 100_000; i++) {
      const ms = Math.floor(random() * Date.UTC(10000, 0, 1));
      const chars = [...`${new Date(ms).toISOString().slice(0, 19)}Z`];
      // Change up to two characters, or none (then it is a real time).
      for (let edits = Math.floor(random() * 3); edits > 0; edits--) {
        chars[Math.floor(random() * chars.length)] = alphabet[Math.floor(random() * alphabet.length)] as string;
      }
      const value = chars.join('');
      expect(isPlainGraphUtc(value), value).toBe(earlier(value));
      if (earlier(value)) taken++;
    }
    // Both kinds were met: the comparison was not all refusals.
    expect(taken).toBeGreaterThan(10_000);
    expect(taken).toBeLessThan(90_000);
  });
});
