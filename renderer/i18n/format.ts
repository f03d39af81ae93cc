/**
 * Dates and numbers, always through Intl in the shown language. One
 * formatter set per locale: Intl constructors are costly and the device
 * table formats a date per visible row on every scroll.
 */
export interface Formatters {
  locale: string;
  number(value: number): string;
  dateTime(iso: string | null): string | null;
  /** Compact, for table cells: "11/24/26, 10:05 AM". */
  shortDateTime(iso: string | null): string | null;
  time(iso: string | null): string | null;
  day(isoDay: string): string;
  /** "3 minutes ago", relative to `now`. */
  relative(iso: string | null, now: number): string | null;
  /** The same, abbreviated for table cells: "3 hr. ago". */
  relativeShort(iso: string | null, now: number): string | null;
}

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

function relativeWith(format: Intl.RelativeTimeFormat, ms: number | null, now: number): string | null {
  if (ms === null) return null;
  const delta = ms - now;
  for (const [unit, size] of units) {
    if (Math.abs(delta) >= size) return format.format(Math.trunc(delta / size), unit);
  }
  return format.format(0, 'minute');
}

const cache = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  // 'always': Italian Intl leaves 4-digit numbers ungrouped ("2500") but groups larger ones ("25.000"); one format reads better.
  const numbers = new Intl.NumberFormat(locale, { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const shortDateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const times = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const relatives = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const shortRelatives = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const parse = (iso: string | null) => {
    if (iso === null) return null;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? null : ms;
  };
  const formatters: Formatters = {
    locale,
    number: (value) => numbers.format(value),
    dateTime: (iso) => {
      const ms = parse(iso);
      return ms === null ? null : dateTimes.format(ms);
    },
    shortDateTime: (iso) => {
      const ms = parse(iso);
      return ms === null ? null : shortDateTimes.format(ms);
    },
    time: (iso) => {
      const ms = parse(iso);
      return ms === null ? null : times.format(ms);
    },
    day: (isoDay) => {
      const ms = Date.parse(`${isoDay}T00:00:00Z`);
      return Number.isNaN(ms) ? isoDay : days.format(ms);
    },
    relative: (iso, now) => relativeWith(relatives, parse(iso), now),
    relativeShort: (iso, now) => relativeWith(shortRelatives, parse(iso), now),
  };
  cache.set(locale, formatters);
  return formatters;
}
