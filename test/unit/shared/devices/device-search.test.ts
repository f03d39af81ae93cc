import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../shared/devices/device';
import { createDeviceIndex, type DeviceIndex, type DeviceQuery } from '../../../../shared/devices/device-search';
import { sortDevices } from '../../../../shared/devices/device-sort';
import type { Platform } from '../../../../shared/platform/platform';
import { compactNumber, foldText } from '../../../../shared/devices/fold-text';
import { platforms } from '../../../../shared/platform/platform';
import { makeDevice, refusedDecision } from './device-fixture';
import { pickFrom, randomFleet, seeded } from './support/random-fleet';

const ids = (devices: readonly Device[]) => devices.map((device) => device.id);

function indexOf(devices: readonly Device[]) {
  const index = createDeviceIndex();
  index.add(devices);
  return index;
}

/** What a search must find, computed the slow, obvious way. */
function naive(devices: readonly Device[], text: string): string[] {
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(text.trim());
  return ids(
    devices.filter((d) =>
      [d.name, d.userPrincipalName, d.userDisplayName, d.serialNumber, d.imei, d.model, d.manufacturer].some(
        (field) => field !== null && fold(field).includes(wanted),
      ),
    ),
  );
}

/** The same for several words: the phrase as typed if found, else the devices holding every word. */
function naiveWords(devices: readonly Device[], text: string): string[] {
  const phrase = naive(devices, text);
  const words = text.trim().split(/\s+/);
  if (phrase.length > 0 || words.length < 2) return phrase;
  const each = words.map((word) => new Set(naive(devices, word)));
  return ids(devices).filter((id) => each.every((set) => set.has(id)));
}

/** Ids of the devices a search finds, in result order. */
function found(index: DeviceIndex, query: DeviceQuery = {}): string[] {
  return Array.from(index.search(query), (position) => index.device(position).id);
}

/** A deterministic fleet with overlapping names, so narrowing has work to do. */
function fleet(count: number, offset = 0): Device[] {
  const people = ['Marco Rossi', 'Maria Bianchi', 'Mario Verdi', 'Niccolò Ricci', 'Anna Marino'];
  const platforms: Platform[] = ['ios', 'android', 'windows', 'ipados'];
  return Array.from({ length: count }, (_, k) => {
    const n = k + offset;
    const person = people[n % people.length] as string;
    return makeDevice({
      id: `d${n}`,
      name: `${person.split(' ')[0]}-${n % 7 === 0 ? 'iPhone' : 'Pixel'}-${n}`,
      userDisplayName: person,
      userPrincipalName: `${person.toLowerCase().replace(' ', '.')}@contoso.com`,
      serialNumber: `SN${(n * 7919) % 100000}`,
      imei: n % 3 === 0 ? null : `35${String(n * 104729).padStart(13, '0')}`,
      model: n % 2 === 0 ? 'iPhone 15' : 'Pixel 8',
      platform: platforms[n % platforms.length] as Platform,
      decision: n % 5 === 0 ? refusedDecision : makeDevice({ id: 'x' }).decision,
    });
  });
}

describe('device search', () => {
  const alice = makeDevice({
    id: 'a',
    name: 'ACME-IPHONE-042',
    userPrincipalName: 'alice.baker@contoso.com',
    userDisplayName: 'Alice Baker',
    serialNumber: 'F2LXK1ABCD',
    imei: '356938035643809',
    model: 'iPhone 15 Pro',
    manufacturer: 'Foxconn',
  });
  const bob = makeDevice({ id: 'b', name: 'Reception tablet', userDisplayName: 'Bob Müller', model: 'iPad Air' });
  const index = indexOf([alice, bob]);

  it.each([
    ['name', 'iphone-042'],
    ['user principal name', 'ALICE.BAKER@'],
    ['user display name', 'ice bak'],
    ['serial number', 'f2lxk1'],
    ['IMEI', '0356438'],
    ['model', '15 pro'],
    ['manufacturer', 'FOXCONN'],
  ])('finds a device by its %s, ignoring case', (_, text) => {
    expect(found(index, { text })).toEqual(['a']);
  });

  it('ignores accents and surrounding spaces', () => {
    expect(found(index, { text: '  bob muller ' })).toEqual(['b']);
    expect(found(index, { text: 'MÜLLER' })).toEqual(['b']);
  });

  it('does not search other fields, nor match across two fields', () => {
    expect(found(index, { text: 'ios' })).toEqual([]); // the platform is a filter, not searched text
    expect(found(index, { text: '17.5' })).toEqual([]);
    expect(found(index, { text: '042alice' })).toEqual([]);
    expect(found(index, { text: '042\u0000alice' })).toEqual([]);
  });

  it('an empty query returns every device in the order added', () => {
    expect(found(index)).toEqual(['a', 'b']);
    expect(found(index, { text: '   ' })).toEqual(['a', 'b']);
  });

  it('finds a device by several words from different fields when the words together are found nowhere', () => {
    expect(found(index, { text: 'alice 15 pro' })).toEqual(['a']); // the user and the model
    expect(found(index, { text: 'Foxconn  BAKER' })).toEqual(['a']);
    expect(found(index, { text: 'muller ipad' })).toEqual(['b']);
    expect(found(index, { text: 'bob iphone' })).toEqual([]); // each word found, never on one device
    expect(found(index, { text: 'alice zzz' })).toEqual([]);
  });

  it('keeps what a phrase found as typed: a name with a space does not widen to its words', () => {
    const devices = fleet(300);
    const index = indexOf(devices);
    expect(found(index, { text: 'marco rossi' })).toEqual(naive(devices, 'marco rossi'));
    expect(found(index, { text: 'marco rossi' }).length).toBeGreaterThan(0);
    // Found as words only: "Marco" on an iPhone 15 (the phrase is in no field).
    const words = found(index, { text: 'marco iphone 15' });
    expect(words).toEqual(naiveWords(devices, 'marco iphone 15'));
    expect(words.length).toBeGreaterThan(0);
  });

  it('refuses a position it does not hold', () => {
    expect(() => index.device(2)).toThrow(RangeError);
  });

});

describe('narrowing from the previous query', () => {
  // Extending at either end, deleting, repeating, and texts found several times in one device.
  const typed = ['m', 'ma', 'mar', 'mari', 'mario', 'mari', 'mar', 'c', 'cc', 'icc', 'nicc', 'niccolo', 'o', 'o', 'ro', 'ross', 'xel', 'ixel', 'pixel-1', '35', '350', '3500', 'ixel-1'];

  it('finds exactly what a full search finds, while typing, deleting and repeating', () => {
    const devices = fleet(600);
    const index = indexOf(devices);
    for (const text of typed) {
      const expected = naive(devices, text);
      expect(found(index, { text }), text).toEqual(expected);
      expect(found(indexOf(devices), { text }), text).toEqual(expected);
    }
  });

  it('stays exact typing several words one key at a time, and deleting back (each word narrows the next query)', () => {
    const devices = fleet(600);
    const index = indexOf(devices);
    const text = 'maria pixel 8 bianchi';
    const keys = [...Array.from({ length: text.length }, (_, k) => text.slice(0, k + 1)), ...Array.from({ length: text.length }, (_, k) => text.slice(0, text.length - k - 1)).filter(Boolean)];
    for (const typedText of [...keys, 'pixel m', 'pixel ma', 'ma', 'mar']) {
      expect(found(index, { text: typedText }), typedText).toEqual(naiveWords(devices, typedText));
    }
  });

  it('stays exact typing a long name one key at a time (each key checked against the characters after the last match)', () => {
    const devices = fleet(600);
    const index = indexOf(devices);
    // A name found once per device, typed past the four characters remembered after each match.
    for (const name of ['Anna-iPhone-35', 'Maria-Pixel-101', 'anna.marino@contoso.com']) {
      for (let keys = 1; keys <= name.length; keys++) {
        const text = name.slice(0, keys);
        expect(found(index, { text }), text).toEqual(naive(devices, text));
      }
    }
  });

  it('still finds devices added between keystrokes', () => {
    const index = createDeviceIndex();
    const all: Device[] = [];
    typed.forEach((text, page) => {
      const added = fleet(50, page * 50);
      all.push(...added);
      index.add(added);
      expect(found(index, { text }), text).toEqual(naive(all, text));
    });
    expect(index.size).toBe(typed.length * 50);
  });

  it('sees a device replaced by a newer copy (same id)', () => {
    const index = indexOf(fleet(20));
    expect(found(index, { text: 'maria' })).toContain('d1');
    index.add([makeDevice({ id: 'd1', name: 'Renamed', userDisplayName: 'Someone Else' })]);
    expect(found(index, { text: 'maria' })).not.toContain('d1');
    expect(found(index, { text: 'mariasomething' })).toEqual([]);
    expect(found(index, { text: 'renamed' })).toEqual(['d1']);
    expect(index.size).toBe(20);
  });
});

describe('quick filters and sorting', () => {
  const devices = fleet(40);
  const index = indexOf(devices);

  it('filters by platform and eligibility, together with the text', () => {
    const query: DeviceQuery = { text: 'mar', platforms: ['ios', 'ipados'], eligibleOnly: true };
    const expected = naive(
      devices.filter((d) => ['ios', 'ipados'].includes(d.platform) && d.decision.eligible),
      'mar',
    );
    expect(found(index, query)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('an empty platform list keeps every platform', () => {
    expect(found(index, { platforms: [] })).toHaveLength(40);
    expect(found(index, { platforms: ['linux'] })).toEqual([]);
  });

  it.each(['name', 'user', 'platform', 'lastSync', 'eligibility'] as const)('sorts results by %s as sortDevices does', (field) => {
    for (const direction of ['asc', 'desc'] as const) {
      const query: DeviceQuery = { text: 'i', eligibleOnly: false, sort: { field, direction } };
      const unsorted = devices.filter((d) => found(index, { text: 'i' }).includes(d.id));
      expect(found(index, query)).toEqual(ids(sortDevices(unsorted, { field, direction })));
    }
  });

  it('keeps a sorted order up to date as pages arrive', () => {
    const growing = createDeviceIndex();
    const all: Device[] = [];
    for (let page = 0; page < 4; page++) {
      const added = fleet(25, 100 - page * 25);
      all.push(...added);
      growing.add(added);
      expect(found(growing, { sort: { field: 'name', direction: 'desc' } })).toEqual(
        ids(sortDevices(all, { field: 'name', direction: 'desc' })),
      );
    }
  });
});

describe('device search with what technicians actually type or paste', () => {
  const galaxy = makeDevice({
    id: 'g',
    name: "grace.o'brien_Android_9/3/2025",
    manufacturer: 'samsung',
    model: 'SM-S921B',
    imei: '352099001761481',
    serialNumber: 'R5CX20ABCDE',
    platform: 'android',
  });
  const scanner = makeDevice({ id: 'z', name: 'WH-SCAN-07', manufacturer: 'Zebra Technologies', model: 'TC52', platform: 'android' });
  const iphone = makeDevice({ id: 'i', name: "Sven's iPhone", manufacturer: 'Apple', imei: '356789104512345' });
  const index = indexOf([galaxy, scanner, iphone]);

  it('finds devices by manufacturer', () => {
    expect(found(index, { text: 'samsung' })).toEqual(['g']);
    expect(found(index, { text: 'Zebra' })).toEqual(['z']);
  });
  it('finds an IMEI typed in groups with spaces or dashes', () => {
    expect(found(index, { text: '35 209900 176148 1' })).toEqual(['g']);
    expect(found(index, { text: '35-209900-176148-1' })).toEqual(['g']);
    expect(found(index, { text: '3567 8910 4512' })).toEqual(['i']);
  });
  it('keeps short numbers with separators as they are: they are parts of names', () => {
    const kiosk = indexOf([makeDevice({ id: 'k', name: 'KIOSK 12-3' }), makeDevice({ id: 'n', name: 'KIOSK 123' })]);
    expect(found(kiosk, { text: '12-3' })).toEqual(['k']);
  });
  it('matches a curly apostrophe with a straight one, both ways', () => {
    expect(found(index, { text: 'o\u2019brien' })).toEqual(['g']);
    expect(found(index, { text: 'sven\u2019s' })).toEqual(['i']);
    const curly = indexOf([makeDevice({ id: 'c', name: 'Sven\u2019s iPad' })]);
    expect(found(curly, { text: "sven's" })).toEqual(['c']);
  });
  it('ignores pasted zero-width spaces, and takes non-breaking hyphens and spaces as plain ones', () => {
    expect(found(index, { text: 'WH\u200b-SCAN' })).toEqual(['z']);
    expect(found(index, { text: '\ufeffWH\u2011SCAN\u201107' })).toEqual(['z']);
    expect(found(index, { text: 'sven\u2019s\u00a0iphone' })).toEqual(['i']);
  });
});

describe('the index against a plain filter, on generated fleets and random typing', () => {
  /** The plain filter the index must agree with: every field folded on its own (the phrase, else every word), then the filters, then sortDevices. */
  function plain(devices: readonly Device[], query: DeviceQuery): string[] {
    const text = compactNumber(foldText((query.text ?? '').replaceAll('\u0000', '')).trim());
    const holds = (d: Device, part: string) =>
      [d.name, d.userPrincipalName, d.userDisplayName, d.serialNumber, d.imei, d.model, d.manufacturer].some((field) => field !== null && foldText(field).includes(part));
    // The phrase as typed; when no device holds it and it is several words, every word (before the filters).
    const words = text.split(/\s+/);
    const byWords = words.length > 1 && !devices.some((d) => holds(d, text));
    const matches = (d: Device) => (byWords ? words.every((word) => holds(d, word)) : holds(d, text));
    const kept = devices.filter(
      (d) =>
        (text === '' || matches(d)) &&
        (query.platforms === undefined || query.platforms.length === 0 || query.platforms.includes(d.platform)) &&
        (query.eligibleOnly !== true || d.decision.eligible),
    );
    return ids(query.sort === undefined ? kept : sortDevices(kept, query.sort));
  }

  /** What a technician types next: one more character, one less, a fresh start, a pasted or grouped value. */
  function nextText(previous: string, devices: readonly Device[], random: () => number): string {
    const roll = random();
    const device = pickFrom(devices, random);
    const source = pickFrom([device.name, device.userDisplayName, device.userPrincipalName, device.serialNumber, device.imei, device.model], random) ?? 'ma';
    if (roll < 0.5 && previous !== '') {
      const start = Math.floor(random() * source.length);
      return previous + source.slice(start, start + 1 + Math.floor(random() * 2));
    }
    if (roll < 0.65) return previous.slice(0, -1);
    if (roll < 0.75 && device.imei !== null) {
      const separator = pickFrom([' ', '-', '.'], random);
      return `${device.imei.slice(0, 2)}${separator}${device.imei.slice(2, 8)}${separator}${device.imei.slice(8, 14)}`;
    }
    if (roll < 0.85) return source.replaceAll("'", '\u2019').toUpperCase().slice(0, 2 + Math.floor(random() * 6));
    const start = Math.floor(random() * source.length);
    return source.slice(start, start + 1 + Math.floor(random() * 3));
  }

  function randomQuery(text: string, random: () => number): DeviceQuery {
    const query: DeviceQuery = { text };
    if (random() < 0.3) query.platforms = platforms.filter(() => random() < 0.4);
    if (random() < 0.3) query.eligibleOnly = true;
    if (random() < 0.3) query.sort = { field: pickFrom(['name', 'user', 'platform', 'lastSync', 'eligibility'] as const, random), direction: random() < 0.5 ? 'asc' : 'desc' };
    return query;
  }

  it.each([1, 2, 3, 4])('finds exactly what the plain filter finds, in its order (seed %i)', (seed) => {
    const random = seeded(seed);
    // Past 256 devices the most common pairs of characters are kept as bitsets rather than lists.
    const devices = randomFleet(1500, random);
    const index = indexOf(devices);
    let text = '';
    for (let keystroke = 0; keystroke < 150; keystroke++) {
      text = nextText(text, devices, random);
      const query = randomQuery(text, random);
      expect(found(index, query), JSON.stringify(query)).toEqual(plain(devices, query));
    }
  });

  it('stays exact while pages arrive and devices are replaced between keystrokes', () => {
    const random = seeded(11);
    const index = createDeviceIndex();
    const byId = new Map<string, Device>();
    let text = '';
    for (let keystroke = 0; keystroke < 120; keystroke++) {
      const page = randomFleet(40, random, keystroke * 40);
      // Some of each page are newer copies of devices already indexed: same id, other text.
      const replacements = keystroke === 0 ? [] : randomFleet(5, random).map((device) => ({ ...device, id: `r${Math.floor(random() * keystroke * 40)}` }));
      for (const device of [...page, ...replacements]) byId.set(device.id, device);
      index.add([...page, ...replacements]);
      const devices = [...byId.values()];
      text = nextText(text, devices, random);
      const query = randomQuery(text, random);
      expect(found(index, query), JSON.stringify(query)).toEqual(plain(devices, query));
    }
  });
});
