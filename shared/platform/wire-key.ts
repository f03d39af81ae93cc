import { memoizeWire } from './wire-memo';

const keyOf = memoizeWire((value) => value.toLowerCase().replace(/[^a-z0-9]/g, ''));

/**
 * Lower-case alphanumeric key of a Graph string, so "iPadOS", "ipados" and
 * "Android for Work" compare the way a person would read them. Non-strings
 * give '' (the input may come straight off the wire).
 */
export function wireKey(value: unknown): string {
  return typeof value === 'string' ? keyOf(value) : '';
}
