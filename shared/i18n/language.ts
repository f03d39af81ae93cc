/**
 * The languages the app speaks, and how the one to show is chosen. Shared so
 * main (the native menu and About box) and the window choose alike.
 */
export const languageCodes = ['en', 'it'] as const;
export type Language = (typeof languageCodes)[number];

/** The language to show: the setting when it names one, else the OS locale's, else English. */
export function resolveLanguage(setting: string | undefined, osLocale: string | undefined): Language {
  if (setting === 'en' || setting === 'it') return setting;
  const primary = (osLocale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'it' ? 'it' : 'en';
}
