import type { LanguageSetting } from '../../shared/settings/settings';
import type { Language } from './messages';

/** The language to show: the setting when it names one, else the OS locale's, else English. */
export function resolveLanguage(setting: LanguageSetting | undefined, osLocale: string | undefined): Language {
  if (setting === 'en' || setting === 'it') return setting;
  const primary = (osLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'it' ? 'it' : 'en';
}

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
