import type { Language } from './messages';

// Main chooses the native menu's language the same way.
export { resolveLanguage } from '../../shared/i18n/language';

/** The BCP 47 tag Intl formats with: the OS locale when it is in the shown language (it-CH keeps its own formats). */
export function formattingLocale(language: Language, osLocale: string | undefined): string {
  const tag = (osLocale ?? '').replace('_', '-');
  if (tag.toLowerCase().split('-')[0] === language) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? language;
    } catch {
      return language;
    }
  }
  return language === 'it' ? 'it-IT' : 'en-US';
}
