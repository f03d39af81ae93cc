/**
 * Graph's usual form of a time, whole seconds in UTC ("2026-11-08T07:56:10Z"),
 * after 1970 and on a day its month has: such a value is already canonical but
 * for its milliseconds, so normalising takes it as is instead of a Date round
 * trip. Anything else (offsets, fractions, a 30 February, which Date rolls
 * into March) goes the long way in normalize-device.ts.
 *
 * Character by character rather than a regular expression with a slice and a
 * number for the day: a 100,000-device list reads 200,000 of these, and that
 * was a quarter of normalising a page (issue 19, the device list).
 */
const zero = 48;

function digitAt(value: string, at: number): number {
  const code = value.charCodeAt(at) - zero;
  return code >= 0 && code <= 9 ? code : -1;
}

function twoDigits(value: string, at: number): number {
  const tens = digitAt(value, at);
  const ones = digitAt(value, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** Days in a month of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isPlainGraphUtc(value: string): boolean {
  if (value.length !== 20 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':' || value[19] !== 'Z') return false;
  const century = twoDigits(value, 0);
  const yearOfCentury = twoDigits(value, 2);
  if (century < 19 || yearOfCentury < 0 || (century === 19 && yearOfCentury < 70)) return false;
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  // Days 29-31 were sent the long way until session 8: one Graph time in six, a third of normalising a page.
  if (day > 28 && day > daysInMonth(century * 100 + yearOfCentury, month)) return false;
  // The epoch itself is no time here: the long way refuses it too (a time must be after it).
  return value !== '1970-01-01T00:00:00Z';
}
