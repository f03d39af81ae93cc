const nonAscii = /[^\x00-\x7f]/;
const combiningMarks = /\p{M}/gu;

/**
 * Lower case without accents, so "niccolo" finds "Niccolò" and sorting
 * ignores case. ASCII, nearly every Intune value, skips the Unicode work.
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  return nonAscii.test(lower) ? lower.normalize('NFD').replace(combiningMarks, '') : lower;
}
