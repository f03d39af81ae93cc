import { describe, expect, it } from 'vitest';
import { dateOrder, formatDay, parseDay } from '../../../../../renderer/components/review/date-text';

const italian = dateOrder('it-IT');
const american = dateOrder('en-US');

describe('dates typed in the shown language', () => {
  it('takes the order from the locale: day first in Italian, month first in US English', () => {
    expect(italian).toEqual({ parts: ['day', 'month', 'year'], separator: '/' });
    expect(american).toEqual({ parts: ['month', 'day', 'year'], separator: '/' });
    expect(dateOrder('de-DE')).toEqual({ parts: ['day', 'month', 'year'], separator: '.' });
  });

  it('writes a stored day the locale way', () => {
    expect(formatDay('2026-11-03', italian)).toBe('03/11/2026');
    expect(formatDay('2026-11-03', american)).toBe('11/03/2026');
    expect(formatDay('', italian)).toBe('');
  });

  it('reads 3/11/2026 as 3 November in Italian and as 11 March in English', () => {
    expect(parseDay('3/11/2026', italian)).toBe('2026-11-03');
    expect(parseDay('3/11/2026', american)).toBe('2026-03-11');
    expect(parseDay(' 30.11.2026 ', italian)).toBe('2026-11-30');
    expect(parseDay('30-11-2026', italian)).toBe('2026-11-30');
  });

  it('takes a pasted ISO date in any language, and an empty field as no date', () => {
    expect(parseDay('2026-12-31', italian)).toBe('2026-12-31');
    expect(parseDay('2026-12-31', american)).toBe('2026-12-31');
    expect(parseDay('   ', italian)).toBe('');
  });

  it('refuses what is not a real day: 31 November, month 13, a two-digit year, letters, half a date', () => {
    expect(parseDay('31/11/2026', italian)).toBeNull();
    expect(parseDay('30/13/2026', italian)).toBeNull();
    expect(parseDay('11/30/2026', italian)).toBeNull(); // the English order in an Italian window
    expect(parseDay('30/11/26', italian)).toBeNull();
    expect(parseDay('trenta/11/2026', italian)).toBeNull();
    expect(parseDay('30/11', italian)).toBeNull();
    expect(parseDay('2026-02-30', italian)).toBeNull();
  });
});
