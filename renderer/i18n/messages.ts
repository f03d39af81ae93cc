import type { en } from './en';

/**
 * The shape every catalogue must have: exactly the English one's keys, with
 * the same interpolation parameters. A key missing from the Italian catalogue
 * is a type error, not a blank on screen.
 */
export type Messages = typeof en;

export const languageCodes = ['en', 'it'] as const;
export type Language = (typeof languageCodes)[number];
