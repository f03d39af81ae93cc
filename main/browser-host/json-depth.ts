/**
 * True when the JSON text opens more than `max` arrays or objects inside one
 * another. One pass, no allocation: a body a million levels deep is refused
 * before JSON.parse builds a million arrays for the input check to walk.
 * Brackets inside strings do not count. Malformed text is left to JSON.parse.
 */
export function exceedsNesting(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
