import type { Language } from './language';

/**
 * How long to wait, in words: "45 seconds", "5 minutes", "2 minutes 30 seconds"
 * ("2 minuti e 30 secondi"), "1 hour 5 minutes" ("1 ora e 5 minuti"). Every
 * wait the app shows (Intune's Retry-After above all, which can be several
 * minutes) goes through here, so a technician reads "in 1 hour" rather than
 * "in 60 minutes" or "in 3600 s" in either language.
 *
 * From an hour up the seconds are not said: the wait is given in hours and
 * minutes, the minutes rounded UP, so the technician never reads a wait
 * shorter than the real one ("1 hour 0 minutes 1 second" would be noise).
 *
 * `seconds` is a whole number as text, as coded messages carry it. Anything
 * else is returned as given: reading an English message back from the action
 * log words its values with placeholders (shared/i18n/logged-say.ts). A
 * number too large to count exactly (past 2^53) is said in seconds as given,
 * rather than as "1e+23 hours".
 */
type Unit = [one: string, many: string];
const units: Record<Language, { hour: Unit; minute: Unit; second: Unit; join: string }> = {
  en: { hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'], join: ' ' },
  it: { hour: ['ora', 'ore'], minute: ['minuto', 'minuti'], second: ['secondo', 'secondi'], join: ' e ' },
};

const count = (n: number | string, [one, many]: Unit) => `${n} ${n === 1 ? one : many}`;

export function waitWords(language: Language, seconds: string): string {
  if (!/^\d+$/.test(seconds)) return seconds;
  const { hour, minute, second, join } = units[language];
  const total = Number(seconds);
  if (!Number.isSafeInteger(total)) return count(seconds.replace(/^0+(?=\d)/, ''), second);
  const both = (big: number, bigUnit: Unit, small: number, smallUnit: Unit) =>
    small === 0 ? count(big, bigUnit) : `${count(big, bigUnit)}${join}${count(small, smallUnit)}`;
  if (total < 60) return count(total, second);
  if (total < 3600) return both(Math.floor(total / 60), minute, total % 60, second);
  const minutes = Math.ceil(total / 60);
  return both(Math.floor(minutes / 60), hour, minutes % 60, minute);
}

/** The seconds an English wait stands for ("2 minutes 30 seconds" -> 150), or null if it is not one `waitWords` makes. */
export function secondsOfEnglishWait(text: string): number | null {
  const found = /^(?:(\d+) hours?)?(?: ?(\d+) minutes?)?(?: ?(\d+) seconds?)?$/.exec(text);
  if (!found || (found[1] === undefined && found[2] === undefined && found[3] === undefined)) return null;
  const total = Number(found[1] ?? 0) * 3600 + Number(found[2] ?? 0) * 60 + Number(found[3] ?? 0);
  return Number.isSafeInteger(total) && waitWords('en', String(total)) === text ? total : null;
}
