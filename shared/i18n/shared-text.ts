import type { sharedEn } from './en';

/** The shape every language's shared catalogue has: the English one's. */
export type SharedText = typeof sharedEn;
