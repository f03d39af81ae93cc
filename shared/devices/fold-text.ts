const nonAscii = /[^\x00-\x7f]/;
const combiningMarks = /\p{M}/gu;
// Characters that arrive with pasted text and look like nothing or like their ASCII cousins.
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/g; // soft hyphen, zero-width space/joiners, word joiner, BOM
const apostrophes = /[\u2018\u2019\u201b\u02bc\u2032\uff07]/g; // curly, modifier and prime marks typed for '
const hyphens = /[\u2010-\u2015\u2212\ufe63\uff0d]/g; // non-breaking hyphen, dashes, minus sign
const spaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g; // no-break and typographic spaces

/**
 * Lower case without accents, so "niccolo" finds "Niccolò" and sorting
 * ignores case; and pasted typography folded to what a keyboard types, so
 * "o’brien" finds "o'brien" and a zero-width space or a non-breaking hyphen
 * copied from a ticket does not hide a match. Both the indexed text and the
 * query go through here. ASCII, nearly every Intune value, skips the work.
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  return lower
    .replace(invisible, '')
    .replace(apostrophes, "'")
    .replace(hyphens, '-')
    .replace(spaces, ' ')
    .normalize('NFD')
    .replace(combiningMarks, '');
}

/**
 * An IMEI read out in groups ("35 209900 176148 1", "35-209900-176148-1")
 * is the same number: a query made only of digits and separators, long
 * enough to be an IMEI or a serial rather than part of a name, loses its
 * separators. Expects folded text.
 */
export function compactNumber(folded: string): string {
  if (!/^[\d\s.-]+$/.test(folded)) return folded;
  const digits = folded.replace(/[\s.-]/g, '');
  return digits.length >= 8 && digits.length !== folded.length ? digits : folded;
}
