import { en } from './en';
import { it } from './it';
import type { Language, Messages } from './messages';

export const catalogues: Record<Language, Messages> = { en, it };
