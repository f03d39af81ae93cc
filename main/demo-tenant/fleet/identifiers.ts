import { flat, guid } from './people';
import type { Random } from './seeded-random';

/**
 * Device identifiers that look like the real ones and stay unique: an id's
 * first group is a bijective mix of the device's index, so two devices can
 * never share an id however large the fleet.
 */
function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

export function deviceIdAt(seed: number, index: number, random: Random): string {
  const head = mix32((index + Math.imul(seed, 0x9e3779b1)) >>> 0).toString(16).padStart(8, '0');
  return flat(head + guid(random).slice(8));
}

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the rightmost digit of the payload.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(number: string): boolean {
  return /^\d+$/.test(number) && luhnCheckDigit(number.slice(0, -1)) === Number(number.slice(-1));
}

/** 15 digits: the model's 8-digit type allocation code, a 6-digit serial, a Luhn check digit. */
export function imeiFor(tac: string, random: Random): string {
  const payload = tac + String(random.int(1_000_000)).padStart(6, '0');
  return flat(payload + String(luhnCheckDigit(payload)));
}

export type SerialStyle = 'apple' | 'samsung' | 'google' | 'dell' | 'lenovo' | 'hp' | 'surface' | 'rugged';

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';

function draw(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(random.int(alphabet.length));
  return out;
}

export function serialFor(style: SerialStyle, random: Random): string {
  return flat(drawSerial(style, random));
}

function drawSerial(style: SerialStyle, random: Random): string {
  switch (style) {
    case 'apple':
      return draw(random, ALNUM, 10) + draw(random, DIGITS, 2);
    case 'samsung':
      return 'R' + draw(random, '3579', 1) + draw(random, ALNUM, 9);
    case 'google':
      return draw(random, DIGITS, 2) + draw(random, ALNUM, 12);
    case 'dell':
      return draw(random, ALNUM, 7);
    case 'lenovo':
      return 'PF' + draw(random, ALNUM, 6);
    case 'hp':
      return '5CG' + draw(random, DIGITS, 4) + draw(random, ALNUM, 3);
    case 'surface':
      return draw(random, DIGITS, 12);
    case 'rugged':
      return draw(random, DIGITS, 5) + draw(random, ALNUM, 9);
  }
}
