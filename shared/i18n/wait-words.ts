import type { Language } from './language';

/**
 * How long to wait, in words: "45 seconds", "5 minutes", "2 minutes 30 seconds"
 * ("2 minuti e 30 secondi"). Every wait the app shows (Intune's Retry-After
 * above all, which can be several minutes) goes through here, so a technician
 * reads "in 5 minutes" rather than "in 300 s" in either language.
 *
 * `seconds` is a whole number as text, as coded messages carry it. Anything
 * else is returned as given: reading an English message back from the action
 * log words its values with placeholders (shared/i18n/logged-say.ts).
 */
const units: Record<Language, { minute: [string, string]; second: [string, string]; join: string }> = {
  en: { minute: ['minute', 'minutes'], second: ['second', 'seconds'], join: ' ' },
  it: { minute: ['minuto', 'minuti'], second: ['secondo', 'secondi'], join: ' e ' },
};

export function waitWords(language: Language, seconds: string): string {
  if (!/^\d+$/.test(seconds)) return seconds;
  const total = Number(seconds);
  const { minute, second, join } = units[language];
  const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return count(rest, second);
  return rest === 0 ? count(minutes, minute) : `${count(minutes, minute)}${join}${count(rest, second)}`;
}

/** The seconds an English wait stands for ("2 minutes 30 seconds" -> 150), or null if it is not one `waitWords` makes. */
export function secondsOfEnglishWait(text: string): number | null {
  const found = /^(?:(\d+) minutes?)?(?: ?(\d+) seconds?)?$/.exec(text);
  if (!found || (found[1] === undefined && found[2] === undefined)) return null;
  const total = Number(found[1] ?? 0) * 60 + Number(found[2] ?? 0);
  return waitWords('en', String(total)) === text ? total : null;
}
