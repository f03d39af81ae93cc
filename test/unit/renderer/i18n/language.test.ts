import { describe, expect, it } from 'vitest';
import { formattingLocale, resolveLanguage } from '../../../../renderer/i18n/language';

describe('choosing the language', () => {
  it('follows the OS locale when the setting is "system"', () => {
    expect(resolveLanguage('system', 'it-IT')).toBe('it');
    expect(resolveLanguage('system', 'it_CH')).toBe('it');
    expect(resolveLanguage('system', 'de-DE')).toBe('en');
    expect(resolveLanguage('system', '')).toBe('en');
  });
  it('uses the setting when it names a language', () => {
    expect(resolveLanguage('it', 'en-US')).toBe('it');
    expect(resolveLanguage('en', 'it-IT')).toBe('en');
  });
  it('formats with the OS locale when it speaks the shown language', () => {
    expect(formattingLocale('it', 'it-CH')).toBe('it-CH');
    expect(formattingLocale('it', 'en-GB')).toBe('it-IT');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
  });
});
