/**
 * Dates typed as text in the shown language's order (30/11/2026 in Italian).
 * Chromium's date input ignores `lang` and the in-app language: it takes the
 * order from the browser's own locale (11/30/2026 on an English system), so
 * the review filters use a text field with this parser instead.
 */
export type DatePart = 'day' | 'month' | 'year';
export interface DateOrder {
  parts: readonly DatePart[];
  separator: string;
}

const orders = new Map<string, DateOrder>();

/** The order and separator a locale writes a numeric date in, from Intl. */
export function dateOrder(locale: string): DateOrder {
  let order = orders.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2026, 10, 30));
    const fields = parts.filter((part): part is Intl.DateTimeFormatPart & { type: DatePart } => part.type === 'day' || part.type === 'month' || part.type === 'year');
    const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
    order = { parts: fields.length === 3 ? fields.map((part) => part.type) : ['month', 'day', 'year'], separator };
    orders.set(locale, order);
  }
  return order;
}

const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A YYYY-MM-DD day written the locale's way ('' stays ''). */
export function formatDay(isoText: string, order: DateOrder): string {
  const m = isoDay.exec(isoText);
  if (!m) return '';
  const values: Record<DatePart, string> = { year: m[1]!, month: m[2]!.padStart(2, '0'), day: m[3]!.padStart(2, '0') };
  return order.parts.map((part) => values[part]).join(order.separator);
}

function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What was typed, as YYYY-MM-DD: '' for an empty field, null for text that
 * is not a real day. Takes the locale's order with any of / . - as separator,
 * and an ISO date (2026-11-30) in any language, as admins paste those.
 */
export function parseDay(text: string, order: DateOrder): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = isoDay.exec(trimmed);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = trimmed.split(/\s*[/.\-]\s*/);
  if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const values = Object.fromEntries(order.parts.map((part, i) => [part, Number(numbers[i])])) as Record<DatePart, number>;
  if (String(numbers[order.parts.indexOf('year')]).length !== 4) return null;
  return realDay(values.year, values.month, values.day);
}
