import { catalogues } from '../i18n/catalogues';
import { formattersFor, type Formatters } from '../i18n/format';
import type { Language, Messages } from '../i18n/messages';
import { useStore } from '../store/store';

/** The catalogue of the shown language. */
export function useT(): Messages {
  return catalogues[useStore((s) => s.language)];
}

export function useLanguage(): Language {
  return useStore((s) => s.language);
}

/** Dates and numbers in the shown language's locale. */
export function useFormat(): Formatters {
  return formattersFor(useStore((s) => s.locale));
}
