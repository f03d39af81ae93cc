import type { Device } from './device';
import { compareSortKeys, deviceSortKey, type DeviceSort } from './device-sort';
import { foldText } from './fold-text';
import type { Platform } from './platform';

export interface DeviceFilters {
  /** Platforms to keep; missing or empty keeps all. */
  platforms?: readonly Platform[];
  eligibleOnly?: boolean;
}

export interface DeviceQuery extends DeviceFilters {
  /** Case- and accent-insensitive substring of name, user (UPN or display name), serial, IMEI or model. */
  text?: string;
  /** Missing keeps the order devices were added in. */
  sort?: DeviceSort;
}

export interface DeviceIndex {
  readonly size: number;
  /** Adds a page of devices; a device whose id is already indexed replaces the old one in place. */
  add(devices: readonly Device[]): void;
  search(query?: DeviceQuery): Device[];
}

// A character no one types, so a query cannot match across two fields.
const fieldSeparator = '\u0000';

function haystackOf(device: Device): string {
  const fields = [
    device.name,
    device.userPrincipalName,
    device.userDisplayName,
    device.serialNumber,
    device.imei,
    device.model,
  ];
  return foldText(fields.filter((field) => field !== null).join(fieldSeparator));
}

export function matchesDeviceFilters(device: Device, filters: DeviceFilters): boolean {
  if (filters.eligibleOnly === true && !device.decision.eligible) return false;
  const { platforms } = filters;
  return platforms === undefined || platforms.length === 0 || platforms.includes(device.platform);
}

function hasFilters(filters: DeviceFilters): boolean {
  return filters.eligibleOnly === true || (filters.platforms !== undefined && filters.platforms.length > 0);
}

/**
 * Client-side search over the whole fleet (Graph has no usable search; see
 * graph-api.md). Each device's searchable text is folded once, when it is
 * added; a query that extends the previous one only rescans the previous
 * matches, so typing stays fast at 100,000 devices.
 */
export function createDeviceIndex(): DeviceIndex {
  const devices: Device[] = [];
  const haystacks: string[] = [];
  const positionById = new Map<string, number>();
  let previous: { text: string; matches: number[]; scanned: number } | null = null;
  const sortKeys = new Map<DeviceSort['field'], (string | null)[]>();
  const sortOrders = new Map<string, number[]>();

  function scanRange(text: string, from: number, into: number[]): number[] {
    for (let i = from; i < devices.length; i++) if ((haystacks[i] as string).includes(text)) into.push(i);
    return into;
  }

  function textMatches(text: string): number[] {
    let matches: number[];
    if (previous !== null && text.includes(previous.text)) {
      const { matches: earlier, scanned } = previous;
      matches = text === previous.text ? earlier.slice() : earlier.filter((i) => (haystacks[i] as string).includes(text));
      scanRange(text, scanned, matches);
    } else {
      matches = scanRange(text, 0, []);
    }
    previous = { text, matches, scanned: devices.length };
    return matches;
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

    add(batch) {
      let replaced = false;
      for (const device of batch) {
        const at = positionById.get(device.id);
        if (at === undefined) {
          positionById.set(device.id, devices.length);
          devices.push(device);
          haystacks.push(haystackOf(device));
        } else {
          devices[at] = device;
          haystacks[at] = haystackOf(device);
          replaced = true;
        }
      }
      // Narrowing and cached orders assume earlier devices never change.
      if (replaced) {
        previous = null;
        sortKeys.clear();
        sortOrders.clear();
      }
    },

    search(query = {}) {
      const text = foldText((query.text ?? '').replaceAll(fieldSeparator, '').trim());
      const matches = text === '' ? devices.map((_, i) => i) : textMatches(text);
      const filtered = hasFilters(query)
        ? matches.filter((i) => matchesDeviceFilters(devices[i] as Device, query))
        : matches;
      if (query.sort === undefined) return filtered.map((i) => devices[i] as Device);
      // Walking the cached full order costs one pass, whatever the result size.
      const selected = new Uint8Array(devices.length);
      for (const i of filtered) selected[i] = 1;
      const result: Device[] = [];
      for (const i of sortOrder(query.sort)) if (selected[i] === 1) result.push(devices[i] as Device);
      return result;
    },
  };
}
