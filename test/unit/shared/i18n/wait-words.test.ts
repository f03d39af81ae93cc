import { describe, expect, it } from 'vitest';
import { sharedText } from '../../../../shared/i18n/catalogue';
import { secondsOfEnglishWait, waitWords } from '../../../../shared/i18n/wait-words';
import { word } from '../../../../shared/messages/coded-message';

describe('waitWords: how long to wait, in words', () => {
  it('says a long wait in minutes and seconds, in English and Italian', () => {
    expect(waitWords('en', '300')).toBe('5 minutes');
    expect(waitWords('it', '300')).toBe('5 minuti');
    expect(waitWords('en', '150')).toBe('2 minutes 30 seconds');
    expect(waitWords('it', '150')).toBe('2 minuti e 30 secondi');
    expect(waitWords('en', '61')).toBe('1 minute 1 second');
    expect(waitWords('it', '61')).toBe('1 minuto e 1 secondo');
  });

  it('says a short wait in seconds', () => {
    expect(waitWords('en', '45')).toBe('45 seconds');
    expect(waitWords('it', '1')).toBe('1 secondo');
    expect(waitWords('en', '60')).toBe('1 minute');
  });

  it('says a wait of an hour or more in hours and minutes, never as "60 minutes"', () => {
    // The boundaries: the last second said in seconds, the first minute, the last second under an hour, the hour.
    expect(waitWords('en', '59')).toBe('59 seconds');
    expect(waitWords('it', '59')).toBe('59 secondi');
    expect(waitWords('en', '60')).toBe('1 minute');
    expect(waitWords('it', '60')).toBe('1 minuto');
    expect(waitWords('en', '3599')).toBe('59 minutes 59 seconds');
    expect(waitWords('it', '3599')).toBe('59 minuti e 59 secondi');
    expect(waitWords('en', '3600')).toBe('1 hour');
    expect(waitWords('it', '3600')).toBe('1 ora');
    expect(waitWords('en', '3660')).toBe('1 hour 1 minute');
    expect(waitWords('it', '3660')).toBe('1 ora e 1 minuto');
    expect(waitWords('en', '9000')).toBe('2 hours 30 minutes');
    expect(waitWords('it', '9000')).toBe('2 ore e 30 minuti');
    expect(waitWords('it', '7200')).toBe('2 ore');
  });

  it('rounds the minutes of an hour-long wait up, so the wait said is never shorter than the real one', () => {
    expect(waitWords('en', '3601')).toBe('1 hour 1 minute');
    expect(waitWords('en', '7199')).toBe('2 hours');
    expect(waitWords('it', '7199')).toBe('2 ore');
  });

  it('says absurd waits without scientific notation or lost digits', () => {
    expect(waitWords('en', '86400000')).toBe('24000 hours');
    expect(waitWords('it', String(Number.MAX_SAFE_INTEGER))).not.toMatch(/e\+/);
    // Past 2^53 the number cannot be counted exactly: it is said in seconds as given, not as 1e+23.
    expect(waitWords('en', '100000000000000000000000')).toBe('100000000000000000000000 seconds');
    expect(waitWords('it', '000100000000000000000000000')).toBe('100000000000000000000000 secondi');
  });

  it('returns what is not a whole number as given', () => {
    expect(waitWords('en', 'v-seconds')).toBe('v-seconds');
    expect(waitWords('it', '1.5')).toBe('1.5');
  });

  it('reads its own English back, and nothing else', () => {
    for (const seconds of [0, 1, 45, 59, 60, 61, 150, 300, 3599, 3600, 3660, 9000, 86400000]) expect(secondsOfEnglishWait(waitWords('en', String(seconds)))).toBe(seconds);
    expect(secondsOfEnglishWait('300 s')).toBeNull();
    expect(secondsOfEnglishWait('5 minute')).toBeNull();
    expect(secondsOfEnglishWait('')).toBeNull();
    expect(secondsOfEnglishWait('60 minutes')).toBeNull();
    expect(secondsOfEnglishWait('1 hour 0 minutes 1 second')).toBeNull();
  });

  it("is how Intune's Retry-After reaches the technician", () => {
    const say = { code: 'graphThrottled', params: { seconds: '300' } } as const;
    expect(word(sharedText.en.appMessages, say)).toBe('Intune is limiting requests right now (429). Try again in 5 minutes.');
    expect(word(sharedText.it.appMessages, say)).toBe('Intune sta limitando le richieste in questo momento (429). Riprova tra 5 minuti.');
  });
});
