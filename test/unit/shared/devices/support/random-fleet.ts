import type { Device } from '../../../../../shared/devices/device';
import { platforms, type Platform } from '../../../../../shared/platform/platform';
import { makeDevice, refusedDecision } from '../device-fixture';

// The bench's seeded generator (mulberry32): a failing case replays from its seed.
import { pick as pickFrom, seededRandom as seeded } from '../../../../../bench/random';

export { pickFrom, seeded };

// Few letters, so texts share many pairs and queries find many devices; accents, typography and
// non-Latin letters, so folding is part of every comparison.
const syllables = ['ma', 'ri', 'o', 'an', 'na', 'le', 'el', 'ni', 'cc', 'olò', 'Mü', 'ller', 'O\u2019', 'bri', 'en', 'ß', 'Ση', '漢', 'zé', '-', ' ', '.'];

function word(random: () => number, syllableCount: number): string {
  let text = '';
  for (let k = 0; k < syllableCount; k++) text += pickFrom(syllables, random);
  return text;
}

function digits(random: () => number, count: number): string {
  let text = '';
  for (let k = 0; k < count; k++) text += String(Math.floor(random() * 10));
  return text;
}

/** Devices with overlapping, accented, typographic names and users, IMEIs, serials, every platform, both decisions. */
export function randomFleet(count: number, random: () => number, idFrom = 0): Device[] {
  return Array.from({ length: count }, (_, k) => {
    const first = word(random, 1 + Math.floor(random() * 3));
    const last = word(random, 1 + Math.floor(random() * 3));
    return makeDevice({
      id: `r${idFrom + k}`,
      name: random() < 0.1 ? `${first}\u2011${digits(random, 3)}` : `${first.toUpperCase()}-${pickFrom(['iPhone', 'Pixel', 'SM-S921B'], random)}-${digits(random, 2)}`,
      userDisplayName: random() < 0.2 ? null : `${first} ${last}`,
      userPrincipalName: random() < 0.2 ? null : `${first}.${last}@contoso.com`.replace(/\s/g, ''),
      serialNumber: random() < 0.1 ? null : `${word(random, 1).toUpperCase()}${digits(random, 6)}`,
      imei: random() < 0.3 ? null : `35${digits(random, 13)}`,
      model: pickFrom(['iPhone 15', 'Pixel 8', 'Galaxy S24', null], random),
      manufacturer: pickFrom(['Apple', 'Google', 'samsung', null], random),
      platform: pickFrom(platforms, random) as Platform,
      lastSyncDateTime: random() < 0.1 ? null : `2026-11-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T10:00:00Z`,
      decision: random() < 0.3 ? refusedDecision : makeDevice({ id: 'x' }).decision,
    });
  });
}
