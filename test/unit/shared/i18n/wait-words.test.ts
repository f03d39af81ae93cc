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

  it('returns what is not a whole number as given', () => {
    expect(waitWords('en', 'v-seconds')).toBe('v-seconds');
    expect(waitWords('it', '1.5')).toBe('1.5');
  });

  it('reads its own English back, and nothing else', () => {
    for (const seconds of [0, 1, 45, 59, 60, 61, 150, 300, 3600]) expect(secondsOfEnglishWait(waitWords('en', String(seconds)))).toBe(seconds);
    expect(secondsOfEnglishWait('300 s')).toBeNull();
    expect(secondsOfEnglishWait('5 minute')).toBeNull();
    expect(secondsOfEnglishWait('')).toBeNull();
  });

  it("is how Intune's Retry-After reaches the technician", () => {
    const say = { code: 'graphThrottled', params: { seconds: '300' } } as const;
    expect(word(sharedText.en.appMessages, say)).toBe('Intune is limiting requests right now (429). Try again in 5 minutes.');
    expect(word(sharedText.it.appMessages, say)).toBe('Intune sta limitando le richieste in questo momento (429). Riprova tra 5 minuti.');
  });
});
