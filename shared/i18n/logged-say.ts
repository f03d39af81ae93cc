import { appMessageParams, type AppMessage } from '../messages/app-message';
import { word } from '../messages/coded-message';
import { sharedEn } from './en';
import { secondsOfEnglishWait } from './wait-words';

/**
 * The code behind an English message main wrote into the signed action log.
 *
 * A log line's error keeps `{code, message}` with the message in English (the
 * record, and what older readers and verify-logs show), and main made that
 * English from a coded message (`word(sharedEn.appMessages, say)`). Reading it
 * back, the English is matched against each code's wording with its values
 * left open, and kept only if wording the found values gives the very same
 * English: so the window may say it in its own language and say nothing the
 * record does not. A message no code words (an older wording, or text from
 * elsewhere) gives null, and the window shows the English as it was logged.
 */
type Pattern = { code: string; regex: RegExp; names: readonly string[]; empty: ReadonlySet<string> };

const marker = (i: number) => `\u0001${i}\u0001`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A wording with too few fixed words around its values would claim messages that are not its own.
const minFixedLength = 12;

/** One pattern per way of wording a code: all its values given, and each value left empty (wordings drop an empty value's clause). */
function patternsOf(code: string, names: readonly string[]): Pattern[] {
  const ways: ReadonlySet<string>[] = [new Set(), ...names.map((name) => new Set([name]))];
  const patterns: Pattern[] = [];
  for (const empty of ways) {
    const params = Object.fromEntries(names.map((name, i) => [name, empty.has(name) ? '' : marker(i)]));
    const english = word(sharedEn.appMessages, { code, params } as AppMessage);
    let fixed = escape(english);
    for (let i = 0; i < names.length; i++) fixed = fixed.split(marker(i)).join(`(?<${'v' + i}>[\\s\\S]*?)`);
    if (english.replace(/\u0001\d+\u0001/g, '').length < minFixedLength) continue;
    try {
      // A value used twice names its group twice, which a RegExp refuses: such a wording is then matched by its other ways only.
      patterns.push({ code, regex: new RegExp(`^${fixed}$`), names, empty });
    } catch {
      continue;
    }
  }
  return patterns;
}

let patterns: Pattern[] | null = null;
function allPatterns(): Pattern[] {
  patterns ??= Object.entries(appMessageParams).flatMap(([code, names]) => patternsOf(code, names));
  return patterns;
}

// The same few messages come back on line after line of a review: each is matched once.
const known = new Map<string, AppMessage | null>();
const knownLimit = 500;

export function sayOfLogged(message: string): AppMessage | null {
  if (known.has(message)) return known.get(message)!;
  const say = match(message);
  if (known.size >= knownLimit) known.clear();
  known.set(message, say);
  return say;
}

/** A wait is carried as whole seconds and worded ("5 minutes"): read the words back to the number, or null when they are none. */
function valueOf(name: string, text: string): string | null {
  if (name !== 'seconds' || text === '' || /^\d+$/.test(text)) return text;
  const seconds = secondsOfEnglishWait(text);
  return seconds === null ? null : String(seconds);
}

function match(message: string): AppMessage | null {
  for (const { code, regex, names, empty } of allPatterns()) {
    const found = regex.exec(message);
    if (!found) continue;
    const values = names.map((name, i) => valueOf(name, empty.has(name) ? '' : (found.groups?.['v' + i] ?? '')));
    if (values.includes(null)) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, values[i]]));
    const say = { code, params } as AppMessage;
    if (word(sharedEn.appMessages, say) === message) return say;
  }
  return null;
}
