import type { en } from './en';

/**
 * The shape every catalogue must have: exactly the English one's keys, with
 * the same interpolation parameters. A key missing from the Italian catalogue
 * is a type error, not a blank on screen.
 */
export type Messages = typeof en;

export { languageCodes, type Language } from '../../shared/i18n/language';
