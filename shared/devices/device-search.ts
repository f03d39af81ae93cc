import type { Device } from './device';
import { compareSortKeys, deviceSortKey, type DeviceSort } from './device-sort';
import { compactNumber, foldText } from './fold-text';
import { platforms, type Platform } from '../platform/platform';
import { mayContain, querySignature, signatureWords, writeSignature } from './text-signature';

export interface DeviceQuery {
  /**
   * Case- and accent-insensitive substring of name, user (UPN or display name), serial, IMEI, model or
   * manufacturer; pasted typography and an IMEI typed in groups are folded (fold-text.ts).
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

/**
 * Client-side search over the whole fleet (Graph's managedDevices $search and
 * $filter do not cover name, user, serial and IMEI at once), fast enough to run on every keystroke at 100,000 devices:
 * each device's text and its signature (text-signature.ts) are computed once,
 * when it is added, and a query that extends the previous one only looks at
 * the previous matches.
 */
export function createDeviceIndex(): DeviceIndex {
  const devices: Device[] = [];
  const haystacks: string[] = [];
  const platformOf: number[] = [];
  const eligible: boolean[] = [];
  let signatures = new Int32Array(1024 * signatureWords);
  const positionById = new Map<string, number>();
  let previous: { text: string; matches: Int32Array; offsets: Int32Array; scanned: number } | null = null;
  const sortKeys = new Map<DeviceSort['field'], (string | null)[]>();
  const sortOrders = new Map<string, number[]>();

  function index(device: Device, position: number): void {
    const haystack = haystackOf(device);
    haystacks[position] = haystack;
    platformOf[position] = platformBits.get(device.platform) ?? 0;
    eligible[position] = device.decision.eligible;
    if ((position + 1) * signatureWords > signatures.length) {
      const grown = new Int32Array(signatures.length * 2);
      grown.set(signatures);
      signatures = grown;
    }
    writeSignature(haystack, signatures, position * signatureWords);
  }

  /**
   * Positions of the devices whose text contains `text`. When `text` contains
   * the previous query, only the previous matches (and devices added since)
   * can match, and not before where the previous query occurred, less its
   * offset inside `text`. Remembering that offset matters: at 100,000 devices,
   * `includes` rescanning the same characters was most of a keystroke's time.
   */
  function textMatches(text: string): Int32Array {
    const shift = previous === null ? -1 : text.indexOf(previous.text);
    const earlier = shift === -1 ? null : previous;
    const scanFrom = earlier === null ? 0 : earlier.scanned;
    const capacity = (earlier === null ? 0 : earlier.matches.length) + devices.length - scanFrom;
    const matches = new Int32Array(capacity);
    // Not after the first occurrence: the bound the next narrowing starts from.
    const offsets = new Int32Array(capacity);
    const signature = querySignature(text);
    let count = 0;
    const test = (position: number, from: number) => {
      if (!mayContain(signatures, position * signatureWords, signature)) return;
      const haystack = haystacks[position] as string;
      // Typing usually extends the text where it was found, which one compare confirms.
      const at = signature.exact ? from : haystack.startsWith(text, from) ? from : haystack.indexOf(text, from + 1);
      if (at === -1) return;
      matches[count] = position;
      offsets[count++] = at;
    };
    if (earlier !== null) {
      for (let k = 0; k < earlier.matches.length; k++) {
        test(earlier.matches[k]!, Math.max(0, earlier.offsets[k]! - shift));
      }
    }
    for (let position = scanFrom; position < devices.length; position++) test(position, 0);
    previous = { text, matches: matches.subarray(0, count), offsets: offsets.subarray(0, count), scanned: devices.length };
    return previous.matches;
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
        index(device, position);
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
      const candidates = text === '' ? null : textMatches(text);
      const wanted = platformMask(query.platforms);
      const eligibleOnly = query.eligibleOnly === true;
      const selected = new Uint8Array(devices.length);
      let count = 0;
      const consider = (position: number) => {
        if ((platformOf[position]! & wanted) !== 0 && (!eligibleOnly || eligible[position] === true)) {
          selected[position] = 1;
          count++;
        }
      };
      if (candidates === null) for (let position = 0; position < devices.length; position++) consider(position);
      else for (const position of candidates) consider(position);
      // Walking the full order once is cheaper than sorting a large result.
      const order = query.sort === undefined ? null : sortOrder(query.sort);
      const result = new Int32Array(count);
      let next = 0;
      for (let k = 0; next < count; k++) {
        const position = order === null ? k : order[k]!;
        if (selected[position] === 1) result[next++] = position;
      }
      return result;
    },
  };
}
