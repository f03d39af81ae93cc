import { DEMO_DOMAIN } from '../demo-identity';
import { createRandom, type Random } from './seeded-random';

/**
 * The tenant's users, derived from an index so a fleet of any size has
 * distinct UPNs without a lookup table. Display names keep their accents and
 * apostrophes (a search box and a `$filter` literal must cope with them);
 * UPNs are folded to ASCII the way admins usually create them.
 */
const FIRST = [
  'Anna', 'Ben', 'Chloé', 'David', 'Elif', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas',
  'Kavya', 'Liam', 'María', 'Noah', 'Olivia', 'Pedro', 'Quentin', 'Rosa', 'Sven', 'Tomás',
  'Uma', 'Victor', 'Wen', 'Xavier', 'Yara', 'Zoë', 'Amir', 'Bea', 'Carlos', 'Dana',
  'Emma', 'Felix', 'Gabriel', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Lena', 'Mateo', 'Nadia',
] as const;

const LAST = [
  'Smith', 'Müller', 'García', "O'Brien", 'Rossi', 'Dubois', 'Kowalski', 'Nguyen', 'Tanaka', 'Johansson',
  'Patel', 'Okafor', 'Fernández', 'Schmidt', 'Jensen', 'Silva', 'Martin', 'Novák', 'Yilmaz', 'Cohen',
  'Andersen', 'Bianchi', 'Costa', 'De Vries', 'Eriksson', 'Fischer', 'Gómez', 'Horváth', 'Ivanova', 'Kim',
  'Larsen', 'Moreau', 'Nakamura', 'Ortiz', 'Papadopoulos', 'Quinn', 'Reyes', 'Sato', 'Thompson', 'Weber',
] as const;

export interface DemoUser {
  readonly upn: string;
  readonly displayName: string;
  readonly id: string;
  /** The UPN's local part, which Intune puts into generated device names. */
  readonly alias: string;
}

function toAscii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ /g, '').toLowerCase();
}
const FIRST_ASCII = FIRST.map(toAscii);
const LAST_ASCII = LAST.map(toAscii);

export function userAt(seed: number, index: number): DemoUser {
  const f = index % FIRST.length;
  const l = Math.floor(index / FIRST.length) % LAST.length;
  const round = Math.floor(index / (FIRST.length * LAST.length));
  const alias = `${FIRST_ASCII[f]}.${LAST_ASCII[l]}${round === 0 ? '' : round + 1}`;
  return {
    upn: flat(`${alias}@${DEMO_DOMAIN}`),
    displayName: flat(`${FIRST[f]} ${LAST[l]}`),
    id: guid(createRandom(seed, 'user', index)),
    alias: flat(alias),
  };
}

// A byte table: Number#toString(16) + padStart was the generator's hottest call.
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex8 = (n: number): string =>
  (BYTE_HEX[n >>> 24] as string) + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];

/**
 * Templates build V8 "cons" strings, trees of the pieces that cost several
 * times the flat text; half a million devices hold millions of them. Reading
 * a character makes V8 flatten the tree in place, and the GC then drops it.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** A version-4-shaped GUID from a random source. */
export function guid(random: Random): string {
  const a = hex8(random.uint32());
  const b = hex8((random.uint32() & 0xffff0fff) | 0x00004000);
  const c = hex8((random.uint32() & 0x3fffffff) | 0x80000000);
  const d = hex8(random.uint32());
  return flat(`${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`);
}
