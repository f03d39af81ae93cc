import type { Device } from './device';
import { compareSortKeys, deviceSortKey, type DeviceSort } from './device-sort';
import { compactNumber, foldText } from './fold-text';
import { platforms, type Platform } from '../platform/platform';
import { createHaystackStore, needleOf, type Needle } from './haystack-store';
import { createPairSets } from './pair-sets';
import { querySignature, signatureWords, writeSignature } from './text-signature';

export interface DeviceQuery {
  /**
   * Case- and accent-insensitive substring of name, user (UPN or display name), serial, IMEI, model or
   * manufacturer; pasted typography and an IMEI typed in groups are folded (fold-text.ts). When the text as
   * typed is found nowhere and holds several words, a device holding every word (in any fields) matches.
   */
  text?: string;
  /** Platforms to keep; missing or empty keeps all. */
  platforms?: readonly Platform[];
  eligibleOnly?: boolean;
  /** Missing keeps the order devices were added in. */
  sort?: DeviceSort;
}

export interface DeviceIndex {
  readonly size: number;
  /** Adds a page of devices; a device whose id is already indexed replaces the old one at its position. */
  add(devices: readonly Device[]): void;
  /** Positions of the matching devices, in result order; read each with `device`. */
  search(query?: DeviceQuery): Int32Array;
  device(position: number): Device;
  /** Where the device with this id is indexed, or -1. */
  positionOf(deviceId: string): number;
  /** Bytes of the search structures (typed arrays, pair sets, stored texts), beside the devices themselves: the heap budget in docs/benchmarks.md. */
  bytes(): number;
}

// A character no one types, so a query cannot match across two fields.
const fieldSeparator = '\u0000';

function haystackOf(device: Device): string {
  const fields = [device.name, device.userPrincipalName, device.userDisplayName, device.serialNumber, device.imei, device.model, device.manufacturer];
  return foldText(fields.filter((field) => field !== null).join(fieldSeparator));
}

const platformBits = new Map(platforms.map((platform, i) => [platform, 1 << i]));

function platformMask(selected: readonly Platform[] | undefined): number {
  let mask = 0;
  for (const platform of selected ?? []) mask |= platformBits.get(platform) ?? 0;
  return mask === 0 ? -1 : mask;
}

/** Up to four characters after each match, one a byte, the first lowest, and how many of them are known (0 to 4). */
interface Following {
  bytes: Int32Array;
  known: Uint8Array;
}

/** Up to four of `codes` from `from`, one a byte, the first lowest (as haystack-store.ts `following`). */
function packed(codes: Uint8Array, from: number): number {
  let word = 0;
  for (let k = Math.min(codes.length, from + 4) - 1; k >= from; k--) word = (word << 8) | codes[k]!;
  return word;
}

/** Positions in both ascending lists, ascending (written over `into`, which the caller owns). */
function intersect(into: Int32Array, other: Int32Array): Int32Array {
  let count = 0;
  let j = 0;
  for (let k = 0; k < into.length; k++) {
    const position = into[k]!;
    while (j < other.length && other[j]! < position) j++;
    if (j < other.length && other[j] === position) into[count++] = position;
  }
  return into.subarray(0, count);
}

/** `array`, or a copy a quarter longer when `length` elements would not fit (little slack at 500,000). */
function room<T extends Uint8Array | Uint16Array | Int32Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(length, array.length + (array.length >>> 2)));
  grown.set(array);
  return grown;
}

/**
 * Client-side search over the whole fleet (Graph's managedDevices $search and
 * $filter do not cover name, user, serial and IMEI at once), fast enough to
 * run on every keystroke at 500,000 devices. Each device's folded text is
 * computed once, when it is added, and stored as bytes (haystack-store.ts),
 * with the characters it holds
 * (text-signature.ts: the first keystroke) and its pairs of adjacent
 * characters (pair-sets.ts: every later one). A query that extends the
 * previous one confirms only the previous matches, from where they matched.
 */
export function createDeviceIndex(): DeviceIndex {
  const devices: Device[] = [];
  const haystacks = createHaystackStore();
  // Typed arrays: at 500,000 devices an array of small numbers or booleans costs four to eight times more.
  let platformOf = new Uint16Array(1024); // one bit of platformBits
  let eligible = new Uint8Array(1024);
  // Set for a device replaced by a newer copy: its pair sets may still hold pairs only the old copy had.
  let stale = new Uint8Array(1024);
  let signatures = new Int32Array(1024 * signatureWords);
  const pairs = createPairSets(fieldSeparator.charCodeAt(0));
  const positionById = new Map<string, number>();
  let previous: ({ text: string; scanned: number } & Found) | null = null;
  const sortKeys = new Map<DeviceSort['field'], (string | null)[]>();
  const sortOrders = new Map<string, number[]>();

  function index(device: Device, position: number, replacing: boolean): void {
    const haystack = haystackOf(device);
    haystacks.set(position, haystack);
    platformOf = room(platformOf, position + 1);
    platformOf[position] = platformBits.get(device.platform) ?? 0;
    eligible = room(eligible, position + 1);
    eligible[position] = device.decision.eligible ? 1 : 0;
    stale = room(stale, position + 1);
    if (replacing) stale[position] = 1;
    signatures = room(signatures, (position + 1) * signatureWords);
    writeSignature(haystack, signatures, position * signatureWords);
    pairs.add(haystack, position);
  }

  /**
   * Positions of the devices whose text contains `text`, ascending. When
   * `text` contains the previous query, a device before the previous scan's
   * end matches only if it matched then, and not before where the previous
   * query occurred, less its offset inside `text`. Remembering that offset
   * matters: `includes` rescanning the same characters was most of a
   * keystroke's time at 100,000 devices.
   */
  function textMatches(text: string): Int32Array {
    const shift = previous === null ? -1 : text.indexOf(previous.text);
    const earlier = shift === -1 ? null : previous;
    const needle = needleOf(text);
    const found = text.length === 1 ? oneCharacter(needle, earlier) : pairsOf(needle, earlier, shift);
    previous = { text, ...found, scanned: devices.length };
    return found.matches;
  }

  /**
   * The devices holding `text` as typed; when none does and it is several words, those holding every word,
   * each in any field ("anna iphone": the user and the model). A phrase found as typed keeps its answer, so a
   * name with a space ("Anna Smith") finds what it always found. Each word's search goes through
   * `textMatches`, so its narrowing state is that of the last word: still exact, as the next query is
   * narrowed only from a text it contains.
   */
  function phraseOrWords(text: string): Int32Array {
    const phrase = textMatches(text);
    if (phrase.length > 0) return phrase;
    const words = text.split(/\s+/);
    if (words.length < 2) return phrase;
    let kept: Int32Array | null = null;
    for (const word of new Set(words)) {
      const matches = textMatches(word);
      kept = kept === null ? matches.slice() : intersect(kept, matches);
      if (kept.length === 0) break;
    }
    return kept ?? phrase;
  }

  /**
   * Matches; where the text first occurs in each (or a bound not after it);
   * and, when every offset is an occurrence, the characters after it
   * (haystack-store.ts `following`) with how many of those are known.
   */
  type Found = { matches: Int32Array; offsets: Int32Array; next: Following | null };

  function oneCharacter(needle: Needle, earlier: typeof previous): Found {
    const signature = querySignature(needle.text);
    // One character sets one bit: a loop that reads that word only (half a million calls of a general check were the tail).
    const word = signature.words[0]!;
    const bit = signature.bits[0]!;
    const pool = earlier === null ? null : earlier.matches;
    const from = earlier === null ? 0 : earlier.scanned;
    const matches = new Int32Array((pool === null ? 0 : pool.length) + devices.length - from);
    let count = 0;
    const confirm = !signature.exact;
    if (pool !== null) {
      for (let k = 0; k < pool.length; k++) {
        const position = pool[k]!;
        if ((signatures[position * signatureWords + word]! & bit) !== 0 && (!confirm || haystacks.indexOf(position, needle, 0) !== -1)) matches[count++] = position;
      }
    }
    for (let position = from; position < devices.length; position++) {
      if ((signatures[position * signatureWords + word]! & bit) !== 0 && (!confirm || haystacks.indexOf(position, needle, 0) !== -1)) matches[count++] = position;
    }
    // Zero is never after the first occurrence: the bound the next keystroke starts from.
    return { matches: matches.subarray(0, count), offsets: new Int32Array(count), next: null };
  }

  function pairsOf(needle: Needle, earlier: typeof previous, shift: number): Found {
    const text = needle.text;
    const pool = pairs.candidates(text);
    // A two-character query is one pair: its set is the answer, but for replaced devices.
    const exact = text.length === 2;
    const known = exact || earlier === null ? null : earlier;
    // Typed on at the end: the characters after each earlier match confirm it without reading its
    // text again (at 500,000 devices, reading 70,000 texts per keystroke was the tail).
    const added = known === null || known.next === null || shift !== 0 || needle.wide ? 0 : Math.min(text.length - known.text.length, 5);
    const addedWord = added === 0 ? 0 : packed(needle.codes, known!.text.length);
    const addedMask = added >= 4 ? -1 : (1 << (8 * added)) - 1;
    const matches = new Int32Array(pool.length);
    // Not after the first occurrence: the bound the next narrowing starts from.
    const offsets = new Int32Array(pool.length);
    const next = exact ? null : { bytes: new Int32Array(pool.length), known: new Uint8Array(pool.length) };
    let count = 0;
    let j = 0;
    for (let k = 0; k < pool.length; k++) {
      const position = pool[k]!;
      let from = 0;
      let at = -1;
      let after = 0;
      let afterKnown = 0;
      if (known !== null && position < known.scanned) {
        while (j < known.matches.length && known.matches[j]! < position) j++;
        if (known.matches[j] !== position) continue;
        from = Math.max(0, known.offsets[j]! - shift);
        const seenKnown = added === 0 ? 0 : known.next!.known[j]!;
        if (added > 0 && added <= seenKnown) {
          const seen = known.next!.bytes[j]!;
          if (((seen ^ addedWord) & addedMask) !== 0) {
            // The earlier match is not followed by what was typed: the text, if there, is further on.
            from += 1;
          } else {
            at = from;
            after = added >= 4 ? 0 : seen >>> (8 * added);
            afterKnown = seenKnown - added;
          }
        }
      }
      if (at === -1) {
        if (exact && stale[position] !== 1) {
          at = 0;
        } else {
          at = haystacks.indexOf(position, needle, from);
          if (at === -1) continue;
          if (next !== null) {
            after = haystacks.following(position, at + text.length);
            afterKnown = after === -1 ? 0 : 4;
          }
        }
      }
      matches[count] = position;
      offsets[count] = at;
      if (next !== null) {
        next.bytes[count] = after;
        next.known[count] = afterKnown;
      }
      count++;
    }
    const kept = next === null ? null : { bytes: next.bytes.subarray(0, count), known: next.known.subarray(0, count) };
    return { matches: matches.subarray(0, count), offsets: offsets.subarray(0, count), next: kept };
  }

  function sortOrder(sort: DeviceSort): number[] {
    const keys = sortKeys.get(sort.field) ?? [];
    for (let i = keys.length; i < devices.length; i++) keys.push(deviceSortKey(devices[i] as Device, sort.field));
    sortKeys.set(sort.field, keys);
    const id = `${sort.field}:${sort.direction}`;
    const order = sortOrders.get(id) ?? [];
    if (order.length < devices.length) {
      // The cached order is one sorted run and new devices are appended to it,
      // which V8's TimSort merges in near-linear time.
      for (let i = order.length; i < devices.length; i++) order.push(i);
      order.sort((a, b) => compareSortKeys(keys[a] ?? null, keys[b] ?? null, sort.direction) || a - b);
      sortOrders.set(id, order);
    }
    return order;
  }

  return {
    get size() {
      return devices.length;
    },

    positionOf: (deviceId) => positionById.get(deviceId) ?? -1,

    bytes: () => platformOf.byteLength + eligible.byteLength + stale.byteLength + signatures.byteLength + pairs.bytes() + haystacks.bytes(),

    device(position) {
      const device = devices[position];
      if (device === undefined) throw new RangeError(`No device at position ${position}`);
      return device;
    },

    add(batch) {
      let replaced = false;
      for (const device of batch) {
        const known = positionById.get(device.id);
        const position = known ?? devices.length;
        if (known === undefined) positionById.set(device.id, position);
        else replaced = true;
        devices[position] = device;
        index(device, position, known !== undefined);
      }
      // Narrowing and cached orders assume earlier devices never change.
      if (replaced) {
        previous = null;
        sortKeys.clear();
        sortOrders.clear();
      }
    },

    search(query = {}) {
      const text = compactNumber(foldText((query.text ?? '').replaceAll(fieldSeparator, '')).trim());
      const candidates = text === '' ? null : phraseOrWords(text);
      const wanted = platformMask(query.platforms);
      const eligibleOnly = query.eligibleOnly === true;
      const keeps = (position: number) => (platformOf[position]! & wanted) !== 0 && (!eligibleOnly || eligible[position] === 1);
      const total = candidates === null ? devices.length : candidates.length;
      const at = (k: number) => (candidates === null ? k : candidates[k]!);
      if (query.sort === undefined) {
        // Matches come in the order devices were added: keep those the filters keep.
        if (candidates !== null && wanted === -1 && !eligibleOnly) return candidates.slice();
        const result = new Int32Array(total);
        let count = 0;
        for (let k = 0; k < total; k++) if (keeps(at(k))) result[count++] = at(k);
        return count === total ? result : result.slice(0, count);
      }
      const selected = new Uint8Array(devices.length);
      let count = 0;
      for (let k = 0; k < total; k++) {
        if (keeps(at(k))) {
          selected[at(k)] = 1;
          count++;
        }
      }
      // Walking the full order once is cheaper than sorting a large result.
      const order = sortOrder(query.sort);
      const result = new Int32Array(count);
      let next = 0;
      for (let k = 0; next < count; k++) {
        const position = order[k]!;
        if (selected[position] === 1) result[next++] = position;
      }
      return result;
    },
  };
}
