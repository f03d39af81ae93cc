import { sharedEn } from './en';
import { sharedIt } from './it';
import type { Language } from './language';
import type { SharedText } from './shared-text';

export type { SharedText };

/** Main's words in each language the app speaks. */
export const sharedText: Record<Language, SharedText> = { en: sharedEn, it: sharedIt };
