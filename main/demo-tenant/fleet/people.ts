import { DEMO_DOMAIN } from '../demo-identity';
import { createRandom } from './seeded-random';

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
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ /g, '');
}

export function userAt(seed: number, index: number): DemoUser {
  const first = FIRST[index % FIRST.length] as string;
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length] as string;
  const round = Math.floor(index / (FIRST.length * LAST.length));
  const alias = `${toAscii(first)}.${toAscii(last)}${round === 0 ? '' : round + 1}`.toLowerCase();
  const random = createRandom(seed, 'user', index);
  return {
    upn: `${alias}@${DEMO_DOMAIN}`,
    displayName: `${first} ${last}`,
    id: guid(random.next),
    alias,
  };
}

/** A version-4-shaped GUID from a random source. */
export function guid(next: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(next() * 16).toString(16);
  const variant = '89ab'.charAt(Math.floor(next() * 4));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
